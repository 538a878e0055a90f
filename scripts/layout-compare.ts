/**
 * Measures layout candidates on the synthetic 500 / 2,000 / 5,000-actor datasets: wall time in this
 * process and how the result reads (friends close, rivals apart, members by their organisation, no
 * lone nodes far out). Run: `npx tsx scripts/layout-compare.ts [sizes...]`. Figures go in PERFORMANCE.md.
 */
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { indexDataset } from '../src/model';
import { LINK_MEMBER, LINK_RIVAL, spanGraph, type SpanGraph } from '../src/model/span-layout/span-graph';
import { syntheticDataset } from '../src/model/synthetic';
import { spanLayout } from '../src/graph/layout';

type XY = { xs: Float64Array; ys: Float64Array };

function circle(n: number): XY {
  const r = 40 * Math.sqrt(n + 1);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = r * Math.cos((2 * Math.PI * i) / n);
    ys[i] = r * Math.sin((2 * Math.PI * i) / n);
  }
  return { xs, ys };
}

function d3Layout(g: SpanGraph, ticks = 300): XY {
  const start = circle(g.ids.length);
  const nodes: SimulationNodeDatum[] = g.ids.map((_, i) => ({ x: start.xs[i], y: start.ys[i] }));
  type Link = SimulationLinkDatum<SimulationNodeDatum> & { k: number };
  const links: Link[] = Array.from(g.source, (s, k) => ({ source: s, target: g.target[k], k }));
  const sim = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimulationNodeDatum, Link>(links)
        .distance((l) => (g.type[l.k] === LINK_MEMBER ? 30 : g.type[l.k] === LINK_RIVAL ? 220 : 70))
        .strength((l) => (g.type[l.k] === LINK_RIVAL ? 0.02 : 0.1 + 0.6 * g.weight[l.k])),
    )
    .force('charge', forceManyBody().strength(-60).theta(0.9).distanceMax(600))
    .force('x', forceX().strength(0.04))
    .force('y', forceY().strength(0.04))
    .stop();
  sim.tick(ticks);
  return { xs: Float64Array.from(nodes, (n) => n.x!), ys: Float64Array.from(nodes, (n) => n.y!) };
}

function fa2Layout(g: SpanGraph, iterations = 300, extra: Record<string, unknown> = {}): XY {
  const start = circle(g.ids.length);
  const graph = new Graph({ type: 'undirected', multi: true });
  g.ids.forEach((_id, i) => graph.addNode(String(i), { x: start.xs[i], y: start.ys[i] }));
  g.source.forEach((s, k) => {
    const w = g.type[k] === LINK_RIVAL ? 0.02 : g.type[k] === LINK_MEMBER ? 2 : 0.2 + g.weight[k];
    graph.addEdge(String(s), String(g.target[k]), { weight: w });
  });
  const pos = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: g.ids.length > 400, ...extra },
  });
  return {
    xs: Float64Array.from(g.ids, (_, i) => pos[String(i)].x),
    ys: Float64Array.from(g.ids, (_, i) => pos[String(i)].y),
  };
}

function coseLayout(g: SpanGraph, index: Parameters<typeof spanLayout>[0]): XY {
  const p = spanLayout(index);
  return {
    xs: Float64Array.from(g.ids, (id) => p.get(id)!.x),
    ys: Float64Array.from(g.ids, (id) => p.get(id)!.y),
  };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1] ?? NaN;

/** Link lengths relative to the typical distance between two nodes; spread and outliers. */
function quality(g: SpanGraph, { xs, ys }: XY) {
  const n = xs.length;
  const d = (i: number, j: number) => Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const typical = median(Array.from({ length: 4000 }, () => d(Math.floor(rnd() * n), Math.floor(rnd() * n))));
  const byType = [[], [], []] as number[][];
  g.source.forEach((s, k) => byType[g.type[k]].push(d(s, g.target[k]) / typical));
  const cx = xs.reduce((a, b) => a + b, 0) / n;
  const cy = ys.reduce((a, b) => a + b, 0) / n;
  const r = Array.from(xs, (x, i) => Math.hypot(x - cx, ys[i] - cy));
  return {
    friend: median(byType[0]).toFixed(2),
    rival: median(byType[1]).toFixed(2),
    member: median(byType[2]).toFixed(2),
    outlier: (Math.max(...r) / median(r)).toFixed(1),
  };
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
for (const actors of sizes.length ? sizes : [500, 2000, 5000]) {
  const dataset = syntheticDataset({ seed: 2026, actors, pairs: actors * 5, events: actors * 30 });
  const index = indexDataset(dataset);
  const g = spanGraph(index);
  const runs: [string, () => XY][] = [
    ['d3-force 300 ticks', () => d3Layout(g)],
    ['forceatlas2 300 it', () => fa2Layout(g)],
    ['forceatlas2 gravity 0.5', () => fa2Layout(g, 300, { strongGravityMode: true, gravity: 0.5 })],
  ];
  if (actors <= 2000 && !process.env.NO_COSE) runs.push(['cose (today)', () => coseLayout(g, index)]);
  for (const [name, run] of runs) {
    const t0 = performance.now();
    const xy = run();
    const ms = performance.now() - t0;
    console.log(
      JSON.stringify({ actors, links: g.source.length, name, ms: Math.round(ms), ...quality(g, xy) }),
    );
  }
}
