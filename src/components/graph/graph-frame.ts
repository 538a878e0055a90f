import type { Core } from 'cytoscape';
import type { Positions } from '../../graph/layout';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The bounding box of a set of positions, or null when empty. */
export function boxOf(positions: Positions): Box | null {
  if (!positions.size) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const p of positions.values()) {
    box.x1 = Math.min(box.x1, p.x);
    box.y1 = Math.min(box.y1, p.y);
    box.x2 = Math.max(box.x2, p.x);
    box.y2 = Math.max(box.y2, p.y);
  }
  return box;
}

/**
 * Zoom and pan that frame `box` in the pane; `reserve` keeps a strip at the bottom free for the legend
 * and `maxZoom` stops one or two actors from filling the screen.
 */
export function viewportFor(cy: Core, box: Box, padding = 30, reserve = 0, maxZoom = cy.maxZoom()) {
  // Room for node radius and the label under each node.
  const x1 = box.x1 - 20;
  const x2 = box.x2 + 20;
  const y1 = box.y1 - 20;
  const y2 = box.y2 + 34;
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding - reserve);
  const fitted = Math.min(w / (x2 - x1), h / (y2 - y1));
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  return {
    zoom,
    pan: {
      x: cy.width() / 2 - ((x1 + x2) / 2) * zoom,
      y: (cy.height() - reserve) / 2 - ((y1 + y2) / 2) * zoom,
    },
  };
}

/**
 * Frames every actor of the whole span, so actors that appear later are already on screen; `reserve`
 * keeps a strip at the bottom free for the legend.
 */
export function fitPositions(cy: Core, positions: Positions, padding = 30, reserve = 0): void {
  const box = boxOf(positions);
  if (box) cy.viewport(viewportFor(cy, box, padding, reserve));
}

/** Label size in model units so labels stay about 11px on screen when zoomed out (in steps of 2). */
export function labelSizeFor(zoom: number): number {
  const size = Math.min(24, Math.max(11, 11 / Math.max(zoom, 0.01)));
  return Math.round(size / 2) * 2;
}
