/** A rectangle on screen, in CSS pixels. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One label that would like to be drawn: its node's rendered centre and half-height, its text size. */
export interface LabelCandidate {
  x: number;
  y: number;
  /** Half the node's rendered height, and the rendered gap between node and label. */
  half: number;
  gap: number;
  /** Measured text width and line height times lines, in screen pixels. */
  w: number;
  h: number;
  /** Higher is placed first. */
  priority: number;
  /** Centred on the node (community boxes) instead of under or over it. */
  centred?: boolean;
  /** Drawing order step of the node (its size step): a name is drawn over the nodes of lower steps. */
  rank?: number;
}

/** Where a label goes: not drawn, under its node (the default), over it, to its right or to its left. */
export const HIDDEN = 0;
export const BELOW = 1;
export const ABOVE = 2;
export const RIGHT = 3;
export const LEFT = 4;
const PLACES = [BELOW, ABOVE, RIGHT, LEFT];

/** Room kept around each label so neighbours do not touch (the text outline is 2 px). */
const PAD = 3;

/** The label's box at a placement. */
export function labelRect(c: LabelCandidate, at: number): Rect {
  const x1 = c.x - c.w / 2 - PAD;
  const x2 = c.x + c.w / 2 + PAD;
  if (c.centred) return { x1, x2, y1: c.y - c.h / 2 - PAD, y2: c.y + c.h / 2 + PAD };
  if (at === RIGHT || at === LEFT) {
    const y1 = c.y - c.h / 2 - PAD;
    const y2 = c.y + c.h / 2 + PAD;
    const edge = c.half + c.gap;
    return at === RIGHT
      ? { y1, y2, x1: c.x + edge - PAD, x2: c.x + edge + c.w + PAD }
      : { y1, y2, x1: c.x - edge - c.w - PAD, x2: c.x - edge + PAD };
  }
  // Cytoscape's own label box reaches about PAD closer to the node than the text's margin says: the
  // box reaches that far too, so a name over one node and a name under the next never meet.
  if (at === ABOVE) {
    const y2 = c.y - c.half - c.gap + 2 * PAD;
    return { x1, x2, y1: y2 - c.h - 3 * PAD, y2 };
  }
  const y1 = c.y + c.half + c.gap - 2 * PAD;
  return { x1, x2, y1, y2: y1 + c.h + 3 * PAD };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export function inside(a: Rect, b: Rect): boolean {
  return a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
}

/** Grid cell size for the overlap search: about one label. */
const CELL = 64;

/** A box a label may not cover: a placed label (owner -1) or a node (its candidate's index). */
interface Taken {
  r: Rect;
  owner: number;
  rank: number;
}

/** A node on screen that names must not cover, unless drawn above it (a higher rank). */
export interface NodeBox {
  r: Rect;
  rank: number;
}

/**
 * Chooses which labels to draw and where: in priority order, each label takes the first of its places
 * (under its node, over it, right, left) that lies inside `free` and covers no label already placed
 * and no other node of its rank or above (`nodes[i]` is candidate i's own node); else it is not drawn.
 * Greedy, like a cartographer names the big cities first; a grid keeps it linear in the number of
 * labels. Returns one placement per candidate (HIDDEN, BELOW, ABOVE, RIGHT or LEFT).
 */
export function planLabels(
  candidates: readonly LabelCandidate[],
  free: Rect,
  nodes: readonly NodeBox[] = [],
): Uint8Array {
  const out = new Uint8Array(candidates.length);
  const order = candidates.map((_c, i) => i);
  order.sort((a, b) => candidates[b].priority - candidates[a].priority || a - b);
  const grid = new Map<number, Taken[]>();
  const cells = (r: Rect, visit: (key: number) => boolean | void) => {
    for (let gx = Math.floor(r.x1 / CELL); gx <= Math.floor(r.x2 / CELL); gx++)
      for (let gy = Math.floor(r.y1 / CELL); gy <= Math.floor(r.y2 / CELL); gy++)
        if (visit(gx * 100_003 + gy) === true) return true;
    return false;
  };
  const take = (t: Taken) =>
    cells(t.r, (key) => {
      const list = grid.get(key);
      if (list) list.push(t);
      else grid.set(key, [t]);
    });
  nodes.forEach(({ r, rank }, owner) => take({ r, owner, rank }));
  const taken = (r: Rect, self: number, rank: number) =>
    cells(r, (key) => grid.get(key)?.some((o) => o.owner !== self && o.rank >= rank && overlaps(o.r, r)));
  for (const i of order) {
    const c = candidates[i];
    for (const at of c.centred ? [BELOW] : PLACES) {
      const r = labelRect(c, at);
      if (!inside(r, free) || taken(r, i, c.rank ?? 0)) continue;
      take({ r, owner: -1, rank: Infinity });
      out[i] = at;
      break;
    }
  }
  return out;
}
