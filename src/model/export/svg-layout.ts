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
function fit(xs: Float64Array, ys: Float64Array, area: Area, extent: readonly Point[] = []): Fit {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    [x0, x1] = [Math.min(x0, xs[i]), Math.max(x1, xs[i])];
    [y0, y1] = [Math.min(y0, ys[i]), Math.max(y1, ys[i])];
  }
  for (const p of extent) {
    [x0, x1] = [Math.min(x0, p.x), Math.max(x1, p.x)];
    [y0, y1] = [Math.min(y0, p.y), Math.max(y1, p.y)];
  }
  // A lone node (or a row) would get an infinite scale; cap it so it sits in the middle.
  let sx = Math.min(area.width / Math.max(x1 - x0, 1e-9), 1e6);
  let sy = Math.min(area.height / Math.max(y1 - y0, 1e-9), 1e6);
  sx = Math.min(sx, 2 * sy);
  sy = Math.min(sy, 2 * sx);
  const ox = area.left + (area.width - (x1 - x0) * sx) / 2;
  const oy = area.top + (area.height - (y1 - y0) * sy) / 2;
  // Not rounded here: the layout must scale exactly with the unit (rounding happens on writing).
  return { sx, sy, at: (x, y) => ({ x: ox + (x - x0) * sx, y: oy + (y - y0) * sy }) };
}

/** One sweep of pairwise pushes in model units at a fixed scale; false when nothing overlapped. */
function separate(
  xs: Float64Array,
  ys: Float64Array,
  boxes: Box[],
  sx: number,
  sy: number,
  u: number,
): boolean {
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
      // One design pixel more than the overlap, so a push always clears it.
      const d = ((alongX ? ox : oy) / 2 + u / (alongX ? sx : sy)) * sign;
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
 * spreading out shrinks the scale. `extent` adds points the fit must include (a video fits every
 * actor of the span, so nodes never move from frame to frame); `u` scales the margins.
 */
export function placeNodes(
  ids: string[],
  model: (id: string) => Point,
  boxes: Box[],
  area: Area,
  rounds = 60,
  extent: readonly Point[] = [],
  u = 1,
) {
  const xs = Float64Array.from(ids, (id) => model(id).x);
  const ys = Float64Array.from(ids, (id) => model(id).y);
  // Keep half a typical label (and the label under the lowest node) inside the area; names near
  // the edge go to whichever side has room.
  const half = Math.min(Math.max(0, ...boxes.map((b) => b.w)) / 2, 60 * u);
  const inner = {
    left: area.left + half,
    top: area.top + 14 * u,
    width: Math.max(1, area.width - 2 * half),
    height: Math.max(1, area.height - 44 * u),
  };
  for (let round = 0; round < rounds && ids.length > 1; round++) {
    const { sx, sy } = fit(xs, ys, inner, extent);
    let any = false;
    for (let sweep = 0; sweep < 20 && separate(xs, ys, boxes, sx, sy, u); sweep++) any = true;
    if (!any) break;
  }
  const { at } = fit(xs, ys, inner, extent);
  return new Map(ids.map((id, i) => [id, at(xs[i], ys[i])]));
}
