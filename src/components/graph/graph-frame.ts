import type { Core } from 'cytoscape';
import type { Positions } from '../../graph/layout';
import type { Rect } from '../../graph/label-plan';
import { freeArea } from './free-area';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
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
 * Screen room kept around the framed node centres: half a long name beside them, the largest node
 * with a story ring over them (17 + 3 px of ring + its halo: 18 cut the ring of a chapter actor at the
 * pane's top edge), node and name under them (CSS pixels, whatever the zoom).
 */
const ROOM = { side: 64, top: 28, bottom: 34 };
/**
 * Folded communities alone: each name is centred on its box, and the box framed (aliveBox) already
 * takes in the name's width, so the sides need room only for the outlines. On a phone the 128 px of
 * side room kept for actor names cost the folded map a third of its size. Above and below the room
 * stays: a wide window's folded map is framed by its height, and is drawn at the same size as before.
 */
const BOX_ROOM = { ...ROOM, side: 8 };

/** The room the drawn picture needs around what is framed. */
function roomFor(cy: Core) {
  const alive = cy.nodes().not('.absent');
  return alive.nonempty() && alive.every((n) => n.data('box') !== undefined) ? BOX_ROOM : ROOM;
}

/** The part of the pane no overlay covers (the whole pane for a cy without a container, in tests). */
export function freeRectOf(cy: Core): Rect {
  const container = cy.container();
  return container ? freeArea(container) : { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
}

/**
 * Zoom and pan that frame `box` (model units) in the free part of the pane, the names around the
 * nodes included; `maxZoom` stops one or two actors from filling the screen.
 */
export function viewportFor(cy: Core, box: Box, maxZoom = cy.maxZoom(), free = freeRectOf(cy)): Viewport {
  const room = roomFor(cy);
  const w = Math.max(1, free.x2 - free.x1 - 2 * room.side);
  const h = Math.max(1, free.y2 - free.y1 - room.top - room.bottom);
  const fitted = Math.min(w / Math.max(1, box.x2 - box.x1), h / Math.max(1, box.y2 - box.y1));
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  const centre = {
    x: (free.x1 + free.x2) / 2,
    y: (free.y1 + room.top + free.y2 - room.bottom) / 2,
  };
  return {
    zoom,
    pan: { x: centre.x - ((box.x1 + box.x2) / 2) * zoom, y: centre.y - ((box.y1 + box.y2) / 2) * zoom },
  };
}

/** Frames every actor of the whole span in the free area, so actors that appear later are on screen too. */
export function fitPositions(cy: Core, positions: Positions): void {
  const box = boxOf(positions);
  if (box) cy.viewport(viewportFor(cy, box));
}

/**
 * The smallest pan of `viewport` that brings the model point `p` (with its name) inside the free area;
 * the viewport itself when it already is.
 */
export function panToShow(viewport: Viewport, p: { x: number; y: number }, free: Rect): Viewport {
  const x = p.x * viewport.zoom + viewport.pan.x;
  const y = p.y * viewport.zoom + viewport.pan.y;
  const shift = (at: number, lo: number, hi: number) =>
    lo > hi ? (lo + hi) / 2 - at : at < lo ? lo - at : at > hi ? hi - at : 0;
  const dx = shift(x, free.x1 + ROOM.side, free.x2 - ROOM.side);
  const dy = shift(y, free.y1 + ROOM.top, free.y2 - ROOM.bottom);
  if (!dx && !dy) return viewport;
  return { zoom: viewport.zoom, pan: { x: viewport.pan.x + dx, y: viewport.pan.y + dy } };
}

/** Label size steps per halving of the zoom: each step is one full restyle, so they stay few. */
const STEPS_PER_HALVING = 3;

/**
 * Label size in model units so every label is at least 11 px on screen at this zoom. Zoomed out it
 * grows in geometric steps (about 26% each, rounded up, so names stay between 11 and 14 px): a
 * camera glide from 0.2 to 0.05 restyles six times, not once per frame.
 */
export function labelSizeFor(zoom: number): number {
  const z = Math.max(zoom, 0.01);
  if (z >= 1) return 11;
  const step = Math.ceil(Math.log2(1 / z) * STEPS_PER_HALVING);
  return Math.ceil(11 * 2 ** (step / STEPS_PER_HALVING));
}
