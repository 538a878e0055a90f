import type { Point } from '../layout';
import type { DatasetIndex } from '../time/dataset-index';
import { forceRun } from './force-atlas';
import { initialPlacement } from './initial-placement';
import { positionsFromRecord } from './positions-field';
import { spanGraph } from './span-graph';

/**
 * ForceAtlas2 work allowed per layout, in node-iterations: 300 iterations at 2,000 actors, 30 at
 * 20,000. Barnes–Hut makes an iteration about n·log n, so the whole layout stays near-linear in n.
 */
const WORK_BUDGET = 600_000;
/** Above this many actors only the placement is used (as the app draws while its worker lays out). */
const PLACEMENT_ONLY_FROM = 20_000;

export function fastIterations(actors: number): number {
  return actors >= PLACEMENT_ONLY_FROM ? 0 : Math.min(300, Math.floor(WORK_BUDGET / Math.max(1, actors)));
}

/**
 * The span layout for tools (CLI exports) on any size of dataset: the dataset's own `positions` when
 * they cover every actor; otherwise the app's layout (the sunflower placement, then ForceAtlas2 with
 * Barnes–Hut) with a work budget, known positions held fixed. Never O(n²).
 * Returns raw layout units; the caller fits them to its picture.
 */
export function fastSpanLayout(index: DatasetIndex): Map<string, Point> {
  const known = positionsFromRecord(index.dataset.positions);
  const graph = spanGraph(index);
  const n = graph.ids.length;
  if (n > 0 && graph.ids.every((id) => known.has(id))) return known;
  const start = initialPlacement(graph);
  const fixed = new Uint8Array(n);
  graph.ids.forEach((id, i) => {
    const p = known.get(id);
    if (!p) return;
    start[2 * i] = p.x;
    start[2 * i + 1] = p.y;
    fixed[i] = 1;
  });
  const iterations = fastIterations(n);
  const xy = iterations ? forceRun(graph, start, { iterations, fixed }).step(iterations) : start;
  const out = new Map<string, Point>();
  graph.ids.forEach((id, i) => out.set(id, { x: xy[2 * i], y: xy[2 * i + 1] }));
  return out;
}
