import type { Point } from './positions';
import { type Rect, RectGrid } from './rect-grid';
import { lineBox } from './text-metrics';

export type { Rect };

/** Where a node's name goes: under it (as on screen), else above, beside or diagonally off it. */
export type LabelSide =
  'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';
const SIDES: LabelSide[] = [
  ...['below', 'above', 'right', 'left'],
  ...['below-right', 'below-left', 'above-right', 'above-left'],
] as LabelSide[];

export interface LabelPlace {
  side: LabelSide;
  /** The text's anchor point (baseline) and anchor, as the <text> element takes them. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  rect: Rect;
}

export interface LabelSpec {
  /** The name's measured width in output pixels. */
  width: number;
  /** Half the drawn node. */
  radius: number;
}

/** Where a name set at `size` px goes on one side of a node at `p`, and the box its glyphs take. */
export function labelPlace(p: Point, spec: LabelSpec, side: LabelSide, size: number, u: number): LabelPlace {
  const { above: a, below: d } = lineBox(size);
  const gap = 3 * u;
  const r = spec.radius;
  const down = p.y + r + gap + a;
  const up = p.y - r - gap - d;
  const mid = p.y + (a - d) / 2;
  const [x, y, anchor]: [number, number, LabelPlace['anchor']] = {
    below: [p.x, down, 'middle'],
    above: [p.x, up, 'middle'],
    right: [p.x + r + gap, mid, 'start'],
    left: [p.x - r - gap, mid, 'end'],
    'below-right': [p.x + r * 0.6, down, 'start'],
    'below-left': [p.x - r * 0.6, down, 'end'],
    'above-right': [p.x + r * 0.6, up, 'start'],
    'above-left': [p.x - r * 0.6, up, 'end'],
  }[side] as [number, number, LabelPlace['anchor']];
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - spec.width : x - spec.width / 2;
  // One unit of padding: kerning and hinting can make the drawn text a hair wider than measured.
  const rect = { x1: x1 - u, x2: x1 + spec.width + u, y1: y - a - u / 2, y2: y + d + u / 2 };
  return { side, x: round(x), y: round(y), anchor, rect };
}

const round = (v: number) => Math.round(v * 10) / 10;
const inside = (r: Rect, frame: Rect) =>
  r.x1 >= frame.x1 && r.x2 <= frame.x2 && r.y1 >= frame.y1 && r.y2 <= frame.y2;

/**
 * Names nodes in order of importance (`order`, most important first) where a name overlaps no other
 * name and no node and stays inside `frame`; a name that finds no such place is left out (its full
 * name stays in the node's tooltip). The first `must` names may cross a node (never a name) when
 * nothing else is free, so the key actors are always named.
 */
export function placeLabels(
  order: string[],
  at: Map<string, Point>,
  specs: Map<string, LabelSpec>,
  frame: Rect,
  size: number,
  u: number,
  must = 0,
): Map<string, LabelPlace> {
  // Boxes are looked up in grid cells about a name's height: each test sees only its neighbours.
  const cell = 24 * u;
  const nodes = new RectGrid<string>(cell);
  for (const id of order) {
    const p = at.get(id)!;
    const r = specs.get(id)!.radius;
    nodes.add({ x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r }, id);
  }
  const kept = new RectGrid<null>(cell);
  const out = new Map<string, LabelPlace>();
  for (const [rank, id] of order.entries()) {
    const places = SIDES.map((side) => labelPlace(at.get(id)!, specs.get(id)!, side, size, u)).filter(
      (pl) => inside(pl.rect, frame) && !kept.some(pl.rect),
    );
    const free = places.find((pl) => !nodes.some(pl.rect, (other) => other !== id));
    const chosen = free ?? (rank < must ? places[0] : undefined);
    if (!chosen) continue;
    kept.add(chosen.rect, null);
    out.set(id, chosen);
  }
  return out;
}
