import type { SpanGraph } from './span-graph';

/** Spacing between neighbouring seats of the initial placement, in drawing units. */
const SEAT = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A cheap first placement, drawn while the force layout runs: a sunflower (Vogel) spiral that fills a
 * disc evenly, best-connected actors in the middle. It is deterministic (ties broken by position in
 * the dataset) and linear apart from one sort, so 5,000 actors take a few ms.
 * `seed` turns the spiral, so a re-layout can settle into a different arrangement.
 * Returns interleaved x, y per actor in `graph.ids` order.
 */
export function initialPlacement(graph: SpanGraph, seed = 0): Float32Array {
  const n = graph.ids.length;
  const degree = new Float64Array(n);
  for (let k = 0; k < graph.source.length; k++) {
    degree[graph.source[k]] += graph.weight[k];
    degree[graph.target[k]] += graph.weight[k];
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  const xy = new Float32Array(2 * n);
  order.forEach((node, seat) => {
    const r = SEAT * Math.sqrt(seat + 0.5);
    const angle = seat * GOLDEN_ANGLE + seed * 2.1;
    xy[2 * node] = r * Math.cos(angle);
    xy[2 * node + 1] = r * Math.sin(angle);
  });
  return xy;
}
