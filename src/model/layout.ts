import { tieEdge } from './time/standing';
import { fastSpanLayout } from './span-layout/fast-span';
import { ACTOR_KINDS } from './kinds';
import type { DatasetIndex } from './time/dataset-index';
import type { Sign, SnapshotEdge, SnapshotNode } from './types';

/** Node positions in drawing units (y grows downwards, as on screen). */
export interface Point {
  x: number;
  y: number;
}

// A Map, not a plain object: ids such as "constructor" must not hit Object.prototype.
export type Positions = ReadonlyMap<string, Point>;

export interface LayoutOptions {
  width: number;
  height: number;
  /** Force iterations after the grouped circle; 0 keeps the circle. */
  iterations: number;
  /** Blank border kept free of node centres. */
  margin: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { width: 1200, height: 900, iterations: 300, margin: 60 };

/**
 * Deterministic layout: nodes start on a circle grouped by kind (sorted by id, so the same graph
 * always starts the same), then a Fruchterman–Reingold pass pulls friends together and pushes
 * rivals apart. No randomness, so a CLI export and a test see identical coordinates.
 */
export function layoutGraph(
  graph: { nodes: readonly SnapshotNode[]; edges: readonly SnapshotEdge[] },
  options: Partial<LayoutOptions> = {},
): Map<string, Point> {
  const { width, height, iterations, margin } = { ...DEFAULT_LAYOUT, ...options };
  const rank = (n: SnapshotNode) => ACTOR_KINDS.indexOf(n.kind);
  const nodes = [...graph.nodes].sort(
    (a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const n = nodes.length;
  const out = new Map<string, Point>();
  if (n === 0) return out;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  nodes.forEach((_, i) => {
    const angle = (2 * Math.PI * i) / n;
    xs[i] = Math.cos(angle);
    ys[i] = Math.sin(angle);
  });

  const springs = graph.edges
    .map((e) => ({
      a: index.get(e.source),
      b: index.get(e.target),
      pull: e.sign < 0 ? -0.5 * e.weight : e.kind === 'membership' ? 0.05 : 0.1 + 0.3 * e.weight,
    }))
    .filter(
      (s): s is { a: number; b: number; pull: number } =>
        s.a !== undefined && s.b !== undefined && s.a !== s.b,
    );

  const k = Math.sqrt(4 / n); // ideal distance in a 2 x 2 box
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    const temperature = 0.1 * (1 - step / iterations) + 0.002;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const vx = xs[i] - xs[j];
        const vy = ys[i] - ys[j];
        const d2 = Math.max(vx * vx + vy * vy, 1e-6);
        const f = (k * k) / d2;
        dx[i] += vx * f;
        dy[i] += vy * f;
        dx[j] -= vx * f;
        dy[j] -= vy * f;
      }
    }
    for (const { a, b, pull } of springs) {
      const vx = xs[a] - xs[b];
      const vy = ys[a] - ys[b];
      const d = Math.max(Math.hypot(vx, vy), 1e-3);
      // Friends attract (d²/k); rivals only add to the short-range push, so they do not fly apart.
      const f = pull >= 0 ? (pull * d) / k : (pull * k * k) / (d * d);
      dx[a] -= vx * f;
      dy[a] -= vy * f;
      dx[b] += vx * f;
      dy[b] += vy * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps disconnected nodes on screen.
      dx[i] -= xs[i] * 0.2 * n * k;
      dy[i] -= ys[i] * 0.2 * n * k;
      const len = Math.max(Math.hypot(dx[i], dy[i]), 1e-9);
      const move = Math.min(len, temperature);
      xs[i] += (dx[i] / len) * move;
      ys[i] += (dy[i] / len) * move;
    }
  }
  return fitToBox(nodes, xs, ys, width, height, margin);
}

function fitToBox(
  nodes: SnapshotNode[],
  xs: Float64Array,
  ys: Float64Array,
  w: number,
  h: number,
  margin: number,
) {
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const scale = Math.min(
    (w - 2 * margin) / Math.max(maxX - minX, 1e-9),
    (h - 2 * margin) / Math.max(maxY - minY, 1e-9),
  );
  const offX = (w - (maxX - minX) * scale) / 2;
  const offY = (h - (maxY - minY) * scale) / 2;
  const out = new Map<string, Point>();
  nodes.forEach((node, i) => {
    const round = (v: number) => Math.round(v * 10) / 10;
    out.set(node.id, { x: round(offX + (xs[i] - minX) * scale), y: round(offY + (ys[i] - minY) * scale) });
  });
  return out;
}

/**
 * Up to this many actors the all-pairs Fruchterman–Reingold pass (about 300·n² steps) is quick and gives
 * the same coordinates every run; above it, the app's own layout (fastSpanLayout), near-linear.
 */
export const PAIRWISE_UP_TO = 300;

/** Scales points into a w × h box with a margin, keeping their aspect; loops, so 100,000 points are fine. */
export function fitPoints(points: ReadonlyMap<string, Point>, w: number, h: number, margin: number) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const scale = Math.min(
    (w - 2 * margin) / Math.max(maxX - minX, 1e-9),
    (h - 2 * margin) / Math.max(maxY - minY, 1e-9),
  );
  const offX = (w - (maxX - minX) * scale) / 2;
  const offY = (h - (maxY - minY) * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  const out = new Map<string, Point>();
  for (const [id, p] of points)
    out.set(id, { x: round(offX + (p.x - minX) * scale), y: round(offY + (p.y - minY) * scale) });
  return out;
}

/**
 * One layout for every actor over the whole span (friends by net score, every tie), so exports at
 * different dates put each actor in the same place, as the app's span layout does. The dataset's own
 * `positions` are used when they cover every actor.
 */
export function layoutSpan(index: DatasetIndex, options: Partial<LayoutOptions> = {}): Map<string, Point> {
  const positions = index.dataset.positions;
  const covered = positions !== undefined && index.actorOrder.every((id) => Object.hasOwn(positions, id));
  if (covered || index.actorOrder.length > PAIRWISE_UP_TO) {
    const { width, height, margin } = { ...DEFAULT_LAYOUT, ...options };
    return fitPoints(fastSpanLayout(index), width, height, margin);
  }
  const nodes: SnapshotNode[] = index.actorOrder.map((id) => {
    const entry = index.actors.get(id)!;
    return { id, label: entry.labels[0].label, kind: entry.actor.kind };
  });
  const edges: SnapshotEdge[] = index.pairs.map((p) => {
    const net = p.preN[p.preN.length - 1];
    const sign: Sign = net > 0 ? 1 : net < 0 ? -1 : 0;
    return { id: p.key, source: p.a, target: p.b, kind: 'relation', sign, weight: 0.5, score: net };
  });
  for (const { tie } of index.ties) edges.push(tieEdge(tie));
  return layoutGraph({ nodes, edges }, options);
}
