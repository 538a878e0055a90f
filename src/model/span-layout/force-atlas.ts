import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { LINK_MEMBER, LINK_RIVAL, type SpanGraph } from './span-graph';

export { DEFAULT_ITERATIONS } from './span-graph';

/**
 * How strongly each kind of link pulls in ForceAtlas2 (which has attraction only: rivals pull so
 * weakly that the common repulsion keeps them apart). Members pull hardest, so organisations sit
 * among their members instead of being dragged across the map by busy friendships.
 */
function linkWeight(type: number, weight: number): number {
  if (type === LINK_RIVAL) return 0.02;
  if (type === LINK_MEMBER) return 2;
  return 0.2 + weight;
}

export interface ForceRunOptions {
  /** Total ForceAtlas2 iterations. */
  iterations: number;
  /** Nodes (by position in graph.ids) that keep their initial place, e.g. ones with cached positions. */
  fixed?: Uint8Array;
}

export interface ForceRun {
  readonly total: number;
  readonly done: number;
  /** Runs up to `iterations` more iterations; returns the interleaved x, y of every node. */
  step(iterations: number): Float32Array;
}

/**
 * ForceAtlas2 (graphology) over the span graph, runnable in slices so a worker can report progress and
 * notice a cancel between them. Strong gravity keeps lone actors near the rest instead of far out.
 */
export function forceRun(graph: SpanGraph, start: Float32Array, options: ForceRunOptions): ForceRun {
  const g = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const n = graph.ids.length;
  for (let i = 0; i < n; i++) {
    g.addNode(i, { x: start[2 * i], y: start[2 * i + 1], fixed: options.fixed?.[i] === 1 });
  }
  for (let k = 0; k < graph.source.length; k++) {
    g.addEdge(graph.source[k], graph.target[k], { weight: linkWeight(graph.type[k], graph.weight[k]) });
  }
  const settings = {
    ...forceAtlas2.inferSettings(g),
    barnesHutOptimize: n > 400,
    strongGravityMode: true,
    gravity: 0.5,
  };
  let done = 0;
  const xy = Float32Array.from(start);
  const read = () => {
    g.forEachNode((key, attrs) => {
      const i = Number(key);
      xy[2 * i] = attrs.x as number;
      xy[2 * i + 1] = attrs.y as number;
    });
    return xy;
  };
  return {
    total: options.iterations,
    get done() {
      return done;
    },
    step(iterations) {
      const count = Math.min(iterations, options.iterations - done);
      if (count > 0 && n > 1) forceAtlas2.assign(g, { iterations: count, getEdgeWeight: 'weight', settings });
      done += Math.max(0, count);
      return read();
    },
  };
}
