import type { Core } from 'cytoscape';
import type { Positions } from '../graph/layout';

/**
 * Frames every actor of the whole span, so actors that appear later are already on screen; `reserve`
 * keeps a strip at the bottom free for the legend.
 */
export function fitPositions(cy: Core, positions: Positions, padding = 30, reserve = 0): void {
  if (!positions.size) return;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  // Room for node radius and the label under each node.
  x1 -= 20;
  x2 += 20;
  y1 -= 20;
  y2 += 34;
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding - reserve);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / (x2 - x1), h / (y2 - y1))));
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - ((x1 + x2) / 2) * zoom,
      y: (cy.height() - reserve) / 2 - ((y1 + y2) / 2) * zoom,
    },
  });
}

/** Label size in model units so labels stay about 11px on screen when zoomed out (in steps of 2). */
export function labelSizeFor(zoom: number): number {
  const size = Math.min(24, Math.max(11, 11 / Math.max(zoom, 0.01)));
  return Math.round(size / 2) * 2;
}
