import type { Core } from 'cytoscape';
import type { Rect } from '../../graph/label-plan';
import { overlayRects } from './free-area';
import { type Box, type Viewport, viewportFor } from './graph-frame';

/** Zooming out to clear the overlays may cost at most this share of the first fit's zoom. */
const KEEP_ZOOM = 0.75;
const PASSES = 4;

/** The overlays' boxes over cy's pane (none for a cy without a container, in tests). */
export function coversOf(cy: Core): Rect[] {
  const container = cy.container();
  return container ? overlayRects(container) : [];
}

const meets = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The drawn nodes that `viewport` would put on screen under an overlay (their model boxes): framing
 * only the main actors leaves the idle ones wherever they fall, half under the legend, say.
 */
export function nodesUnderOverlays(
  cy: Core,
  viewport: Viewport,
  free: Rect,
  covers: readonly Rect[],
  pane: Rect = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() },
): Box[] {
  if (!covers.length) return [];
  const { zoom, pan } = viewport;
  const hits: Box[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('absent')) return;
    const p = node.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    // A folded community's box scales with the zoom; an actor keeps its size on screen.
    const model = ((node.data('box') as number | undefined) ?? 0) / 2;
    const half = model ? model * zoom : node.renderedOuterWidth() / 2 + 1;
    const r = { x1: x - half, y1: y - half, x2: x + half, y2: y + half };
    if (r.x1 >= free.x1 && r.x2 <= free.x2 && r.y1 >= free.y1 && r.y2 <= free.y2) return;
    if (!meets(r, pane) || !covers.some((c) => meets(r, c))) return;
    hits.push({ x1: p.x - model, y1: p.y - model, x2: p.x + model, y2: p.y + model });
  });
  return hits;
}

/**
 * Frames `box` in the free area, then grows the frame by every drawn node the camera would leave
 * under an overlay, so each lands in the free area instead, while the zoom stays within KEEP_ZOOM of
 * the first fit (the main actors must not shrink to dots for an idle one at the edge).
 */
export function frameClearOfOverlays(
  cy: Core,
  box: Box,
  maxZoom: number,
  free: Rect,
  covers: readonly Rect[],
  pane: Rect = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() },
): Viewport {
  let target = viewportFor(cy, box, maxZoom, free);
  const first = target.zoom;
  const grown = { ...box };
  for (let pass = 0; pass < PASSES; pass++) {
    const hits = nodesUnderOverlays(cy, target, free, covers, pane);
    if (!hits.length) break;
    for (const h of hits) {
      grown.x1 = Math.min(grown.x1, h.x1);
      grown.y1 = Math.min(grown.y1, h.y1);
      grown.x2 = Math.max(grown.x2, h.x2);
      grown.y2 = Math.max(grown.y2, h.y2);
    }
    const next = viewportFor(cy, grown, maxZoom, free);
    if (next.zoom < first * KEEP_ZOOM) break;
    target = next;
  }
  return target;
}
