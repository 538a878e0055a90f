import type { DatasetIndex } from '../model';
import { DEFAULT_ITERATIONS, initialPlacement, spanGraph } from '../model/span-layout';
import { forceRun } from '../model/span-layout/force-atlas';
import { xyToPositions } from './positions';

export type Positions = Map<string, { x: number; y: number }>;

/**
 * One layout for the whole time span, in this thread: every actor that ever exists, joined by every
 * pair that ever has events and every tie, so scrubbing never moves nodes. The app runs the same
 * ForceAtlas2 in the layout worker (src/workers/layout-client.ts); this is for tests and tools.
 */
export function spanLayout(index: DatasetIndex, seed = 0): Positions {
  const graph = spanGraph(index);
  const run = forceRun(graph, initialPlacement(graph, seed), { iterations: DEFAULT_ITERATIONS });
  return xyToPositions(graph.ids, run.step(DEFAULT_ITERATIONS));
}
