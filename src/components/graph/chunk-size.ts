/**
 * Elements added per frame while a new dataset's first draw goes in, sized by measured time instead
 * of a fixed count: the next chunk is scaled so that taking it in (cy.add, which also styles the new
 * elements) costs about the budget. Measured on the add itself, not the whole frame: a frame also
 * redraws what is already in (150-500 ms at 2,000 nodes on a loaded machine, whatever is added), and
 * that part, noisy under load, would shrink every chunk to the minimum and make a first draw crawl.
 */
export const FIRST_CHUNK = 200;
/** What taking in one chunk may cost, on top of the frame's redraw. */
export const CHUNK_ADD_BUDGET_MS = 40;
const MIN_CHUNK = 100;
const MAX_CHUNK = 4_000;

export function nextChunkSize(size: number, addMs: number, budgetMs = CHUNK_ADD_BUDGET_MS): number {
  if (!(addMs > 0)) return Math.min(MAX_CHUNK, size * 2);
  // At most doubling per frame: one quick add must not make the next one huge.
  const scaled = Math.min(size * 2, Math.round((size * budgetMs) / addMs));
  return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, scaled));
}

/**
 * Elements per frame of a first grouped draw. There the add is cheap but Cytoscape styles and draws
 * the new meta-edges in its next frame (about 0.2-0.3 ms each here), which the add's own time does not
 * show: a fixed count keeps that frame short. At 250 those frames were an import's and a reload's
 * longest tasks (161-173 ms wall on two busy cores); at 150, 132-139 ms, and the ~1,000 meta-edges of
 * 2,000 actors take seven or eight frames instead of four or five.
 */
export const GROUPED_CHUNK = 150;
