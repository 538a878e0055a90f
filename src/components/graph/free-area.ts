import type { Rect } from '../../graph/label-plan';

/**
 * What may lie over the graph pane: the first-visit tip, the legend, the zoom column, the bottom sheet
 * on phones, the analytics (Compare) key, the empty-state card and the layout progress bar. Any of them
 * may be absent; only their boxes are read.
 */
export const GRAPH_OVERLAYS = [
  '.first-hint',
  '.legend',
  '.graph-controls',
  '.details-sheet',
  '.overlay-key',
  '.graph-empty',
  '.layout-bar',
] as const;

/**
 * The largest rectangle of `pane` that none of `covers` touches, found by cutting each cover away on
 * the side that keeps the most room (covers are the few overlays, so this is exact enough and cheap).
 */
export function largestFreeRect(pane: Rect, covers: readonly Rect[]): Rect {
  let free = { ...pane };
  for (const c of covers) {
    if (c.x2 <= free.x1 || c.x1 >= free.x2 || c.y2 <= free.y1 || c.y1 >= free.y2) continue;
    const options: Rect[] = [
      { ...free, y2: Math.min(free.y2, c.y1) },
      { ...free, y1: Math.max(free.y1, c.y2) },
      { ...free, x2: Math.min(free.x2, c.x1) },
      { ...free, x1: Math.max(free.x1, c.x2) },
    ];
    const area = (r: Rect) => Math.max(0, r.x2 - r.x1) * Math.max(0, r.y2 - r.y1);
    free = options.reduce((best, r) => (area(r) > area(best) ? r : best));
  }
  return free;
}

/**
 * The boxes of the overlays shown over the graph pane, in the container's own coordinates (what
 * Cytoscape calls rendered positions).
 */
export function overlayRects(container: HTMLElement): Rect[] {
  const box = container.getBoundingClientRect();
  const root = container.closest('.workspace') ?? document;
  const covers: Rect[] = [];
  for (const selector of GRAPH_OVERLAYS) {
    root.querySelectorAll(selector).forEach((el) => {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') return;
      covers.push({
        x1: r.left - box.left,
        y1: r.top - box.top,
        x2: r.right - box.left,
        y2: r.bottom - box.top,
      });
    });
  }
  return covers;
}

/** The free part of the graph pane: the container's box minus whatever overlay is shown over it. */
export function freeArea(container: HTMLElement, covers = overlayRects(container)): Rect {
  const box = container.getBoundingClientRect();
  const pane = { x1: 0, y1: 0, x2: box.width, y2: box.height };
  const free = largestFreeRect(pane, covers);
  return free.x2 - free.x1 < 40 || free.y2 - free.y1 < 40 ? pane : free;
}
