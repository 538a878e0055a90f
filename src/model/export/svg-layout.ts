import type { Point } from './positions';

/** A label box in picture pixels, centred on its node (node above, name under it). */
export interface Box {
  w: number;
  h: number;
}

export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Fit {
  sx: number;
  sy: number;
  at: (x: number, y: number) => Point;
}

/**
 * Scales x and y apart, up to 2:1 either way, so a roundish layout fills a landscape picture (labels
 * are wide), as the screen stretches its layout to the pane.
 */
function fit(xs: Float64Array, ys: Float64Array, area: Area): Fit {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    [x0, x1] = [Math.min(x0, xs[i]), Math.max(x1, xs[i])];
    [y0, y1] = [Math.min(y0, ys[i]), Math.max(y1, ys[i])];
  }
  // A lone node (or a row) would get an infinite scale; cap it so it sits in the middle.
  let sx = Math.min(area.width / Math.max(x1 - x0, 1e-9), 1e6);
  let sy = Math.min(area.height / Math.max(y1 - y0, 1e-9), 1e6);
  sx = Math.min(sx, 2 * sy);
  sy = Math.min(sy, 2 * sx);
  const ox = area.left + (area.width - (x1 - x0) * sx) / 2;
  const oy = area.top + (area.height - (y1 - y0) * sy) / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { sx, sy, at: (x, y) => ({ x: r(ox + (x - x0) * sx), y: r(oy + (y - y0) * sy) }) };
}

/** One sweep of pairwise pushes in model units at a fixed scale; false when nothing overlapped. */
function separate(xs: Float64Array, ys: Float64Array, boxes: Box[], sx: number, sy: number): boolean {
  let moved = false;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const ox = (boxes[i].w + boxes[j].w) / 2 / sx - Math.abs(xs[i] - xs[j]);
      const oy = (boxes[i].h + boxes[j].h) / 2 / sy - Math.abs(ys[i] - ys[j]);
      if (ox <= 0 || oy <= 0) continue;
      moved = true;
      // Move along the axis that needs less, relative to the box's shape; ties broken by index.
      const alongX = (ox * sx) / boxes[i].w < (oy * sy) / boxes[i].h;
      const [a, b] = alongX ? [xs[i], xs[j]] : [ys[i], ys[j]];
      const sign = a < b || (a === b && i < j) ? -1 : 1;
      const d = ((alongX ? ox : oy) / 2 + 1 / (alongX ? sx : sy)) * sign;
      if (alongX) [xs[i], xs[j]] = [xs[i] + d, xs[j] - d];
      else [ys[i], ys[j]] = [ys[i] + d, ys[j] - d];
    }
  }
  return moved;
}

/**
 * Fits model positions into the picture and moves apart nodes whose label boxes would overlap at the
 * picture's actual scale (the screen's declutter pass, redone at the export's size): each overlap is
 * resolved by the smallest move, so the layout keeps its shape. Re-fits between rounds because
 * spreading out shrinks the scale.
 */
export function placeNodes(
  ids: string[],
  model: (id: string) => Point,
  boxes: Box[],
  area: Area,
  rounds = 60,
) {
  const xs = Float64Array.from(ids, (id) => model(id).x);
  const ys = Float64Array.from(ids, (id) => model(id).y);
  // Keep half the widest label (and the label under the lowest node) inside the area.
  const maxW = Math.max(0, ...boxes.map((b) => b.w));
  const inner = {
    left: area.left + maxW / 2,
    top: area.top + 14,
    width: Math.max(1, area.width - maxW),
    height: Math.max(1, area.height - 44),
  };
  for (let round = 0; round < rounds && ids.length > 1; round++) {
    const { sx, sy } = fit(xs, ys, inner);
    let any = false;
    for (let sweep = 0; sweep < 20 && separate(xs, ys, boxes, sx, sy); sweep++) any = true;
    if (!any) break;
  }
  const { at } = fit(xs, ys, inner);
  return new Map(ids.map((id, i) => [id, at(xs[i], ys[i])]));
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a node's name goes: under it (as on screen), else above, right or left of it. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';
const SIDES: LabelSide[] = ['below', 'above', 'right', 'left'];
const TEXT_H = 15;

/** The rectangle a name takes on one side of a node at `p` (box.w is the name's width plus padding). */
function labelRect(p: Point, box: Box, side: LabelSide): Rect {
  const w = box.w;
  switch (side) {
    case 'below':
      return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + 14, y2: p.y + 14 + TEXT_H };
    case 'above':
      return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - 14 - TEXT_H, y2: p.y - 14 };
    case 'right':
      return { x1: p.x + 13, x2: p.x + 13 + w, y1: p.y - TEXT_H / 2, y2: p.y + TEXT_H / 2 };
    case 'left':
      return { x1: p.x - 13 - w, x2: p.x - 13, y1: p.y - TEXT_H / 2, y2: p.y + TEXT_H / 2 };
  }
}

const nodeRect = (p: Point): Rect => ({ x1: p.x - 12, x2: p.x + 12, y1: p.y - 12, y2: p.y + 12 });
const meets = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (r: Rect, frame: Rect) =>
  r.x1 >= frame.x1 && r.x2 <= frame.x2 && r.y1 >= frame.y1 && r.y2 <= frame.y2;

/**
 * Where to draw each name so that no name overlaps another name or a node: under the node where it
 * fits, else above, right or left. In a picture too small for that, the names of the less connected
 * nodes are left out (the full name stays in the node's tooltip). `order` lists ids most important
 * first; `frame` is the area names must stay inside.
 */
export function placeLabels(
  order: string[],
  at: Map<string, Point>,
  boxes: Map<string, Box>,
  frame: Rect,
): Map<string, LabelSide> {
  const nodes = order.map((id) => ({ id, rect: nodeRect(at.get(id)!) }));
  const kept: Rect[] = [];
  const out = new Map<string, LabelSide>();
  for (const id of order) {
    const p = at.get(id)!;
    for (const side of SIDES) {
      const r = labelRect(p, boxes.get(id)!, side);
      if (!inside(r, frame) || kept.some((k) => meets(k, r))) continue;
      if (nodes.some((n) => n.id !== id && meets(n.rect, r))) continue;
      kept.push(r);
      out.set(id, side);
      break;
    }
  }
  return out;
}
