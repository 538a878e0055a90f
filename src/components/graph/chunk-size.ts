/**
 * Elements added per frame while a new dataset's first draw goes in, sized by the frames measured so
 * far instead of a fixed count: a frame that took in a chunk (our add plus Cytoscape styling and
 * drawing it) past the budget makes the next chunk smaller, a quick one makes it larger.
 */
export const FIRST_CHUNK = 200;
/** A frame's budget for taking in a chunk: well under the 200 ms long-task target on a loaded machine. */
export const CHUNK_FRAME_BUDGET_MS = 90;
const MIN_CHUNK = 25;
const MAX_CHUNK = 4_000;

export function nextChunkSize(size: number, frameMs: number, budgetMs = CHUNK_FRAME_BUDGET_MS): number {
  if (!(frameMs > 0)) return size;
  // At most doubling per frame: one quick frame (nothing drawn yet) must not make the next one huge.
  const scaled = Math.min(size * 2, Math.round((size * budgetMs) / frameMs));
  return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, scaled));
}
