import type { Positions } from './layout';

export interface Pane {
  width: number;
  height: number;
}

type Coexist = (a: string, b: string) => boolean;

/** Screen size of a node with its label under it, at the ~11px label size the graph keeps on screen. */
export function labelBox(label: string): { w: number; h: number } {
  return { w: Math.max(30, label.length * 6.2 + 8), h: 44 };
}

interface Frame {
  xs: Float64Array;
  ys: Float64Array;
  /** Screen pixels per layout unit when the whole layout is fitted to the pane. */
  scale: number;
}

function frame(xs: Float64Array, ys: Float64Array, pane: Pane, margin: { w: number; h: number }): Frame {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    x0 = Math.min(x0, xs[i]);
    x1 = Math.max(x1, xs[i]);
    y0 = Math.min(y0, ys[i]);
    y1 = Math.max(y1, ys[i]);
  }
  const scale = Math.min(
    Math.max(1, pane.width - margin.w) / Math.max(1, x1 - x0),
    Math.max(1, pane.height - margin.h) / Math.max(1, y1 - y0),
  );
  return { xs, ys, scale };
}

/**
 * Moves apart nodes whose label boxes would overlap once the layout is fitted to the pane. Each pair
 * moves the least it can, along its axis of least overlap, so the layout keeps its shape; the fit's
 * scale is re-measured between rounds because spreading out zooms the fitted view out. Actors that
 * never exist at the same time may share a spot. Quadratic in the node count, so graphs above
 * `maxNodes` (where labels are unreadable when fitted anyway) are left alone.
 */
export function declutter(
  positions: Positions,
  labelOf: (id: string) => string,
  pane: Pane,
  options: { rounds?: number; maxNodes?: number; coexist?: Coexist } = {},
): Positions {
  const ids = [...positions.keys()];
  const n = ids.length;
  if (n < 2 || n > (options.maxNodes ?? 400) || pane.width <= 0 || pane.height <= 0) return positions;
  const xs = Float64Array.from(ids, (id) => positions.get(id)!.x);
  const ys = Float64Array.from(ids, (id) => positions.get(id)!.y);
  const boxes = ids.map((id) => labelBox(labelOf(id)));
  const margin = { w: Math.max(...boxes.map((b) => b.w)), h: 44 };
  const apart = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++)
      apart[i * n + j] = !options.coexist || options.coexist(ids[i], ids[j]) ? 1 : 0;
  }
  const outer = options.rounds ?? 12;
  for (let round = 0; round < outer; round++) {
    const { scale } = frame(xs, ys, pane, margin);
    if (!separate(xs, ys, boxes, apart, scale)) break;
  }
  const out: Positions = new Map();
  ids.forEach((id, i) => out.set(id, { x: Math.round(xs[i]), y: Math.round(ys[i]) }));
  return out;
}

/** Up to 40 sweeps of pairwise pushes at a fixed scale; false when nothing overlapped. */
function separate(
  xs: Float64Array,
  ys: Float64Array,
  boxes: { w: number; h: number }[],
  apart: Uint8Array,
  scale: number,
): boolean {
  const n = xs.length;
  let any = false;
  for (let sweep = 0; sweep < 40; sweep++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!apart[i * n + j]) continue;
        const ox = (boxes[i].w + boxes[j].w) / 2 / scale - Math.abs(xs[i] - xs[j]);
        const oy = (boxes[i].h + boxes[j].h) / 2 / scale - Math.abs(ys[i] - ys[j]);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // The cheaper axis relative to box shape; ties broken by index so the result is deterministic.
        const alongX = ox / boxes[i].w < oy / boxes[i].h;
        const first = alongX
          ? xs[i] < xs[j] || (xs[i] === xs[j] && i < j)
          : ys[i] < ys[j] || (ys[i] === ys[j] && i < j);
        const d = ((alongX ? ox : oy) / 2 + 0.5 / scale) * (first ? -1 : 1);
        if (alongX) {
          xs[i] += d;
          xs[j] -= d;
        } else {
          ys[i] += d;
          ys[j] -= d;
        }
      }
    }
    if (!moved) break;
    any = true;
  }
  return any;
}

/** Pairs of shown nodes whose label boxes overlap when the whole layout is fitted to the pane. */
export function countOverlaps(
  positions: Positions,
  labelOf: (id: string) => string,
  pane: Pane,
  shown: (id: string) => boolean = () => true,
): number {
  const ids = [...positions.keys()];
  const xs = Float64Array.from(ids, (id) => positions.get(id)!.x);
  const ys = Float64Array.from(ids, (id) => positions.get(id)!.y);
  const boxes = ids.map((id) => labelBox(labelOf(id)));
  const { scale } = frame(xs, ys, pane, { w: Math.max(...boxes.map((b) => b.w)), h: 44 });
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    if (!shown(ids[i])) continue;
    for (let j = i + 1; j < ids.length; j++) {
      if (!shown(ids[j])) continue;
      const dx = Math.abs(xs[i] - xs[j]) * scale;
      const dy = Math.abs(ys[i] - ys[j]) * scale;
      if (dx < (boxes[i].w + boxes[j].w) / 2 - 0.5 && dy < (boxes[i].h + boxes[j].h) / 2 - 0.5) count++;
    }
  }
  return count;
}
