import type { ActorKind } from '../types';
import type { Point } from './positions';
import { NODE_RADIUS } from './svg-parts';

/** A node as drawn, in drawing order (later ones paint over earlier ones). */
export interface DrawnNode {
  id: string;
  kind: ActorKind;
  at: Point;
  /** Named nodes are always drawn: their name is part of their group. */
  named: boolean;
}

/** A straight line drawn under every node, with its stroke width in output pixels. */
export interface DrawnLine {
  id: string;
  from: Point;
  to: Point;
  width: number;
}

// The largest disc each shape's opaque fill holds, as a share of its radius (a diamond's inscribed
// circle is r/√2, a hexagon's r·cos 30°; a rounded square holds the full circle).
const INNER: Record<ActorKind, number> = { country: 1, organization: 1, leader: Math.SQRT1_2, group: 0.866 };
// The smallest disc that holds each shape (a square's corners are r·√2 out).
const OUTER: Record<ActorKind, number> = { country: 1, organization: Math.SQRT2, leader: 1, group: 1 };
// A pixel's centre is at most this far from any point of the pixel.
const HALF_DIAGONAL = Math.SQRT1_2;

/**
 * What a raster picture cannot show: nodes wholly painted over by the nodes drawn after them, and
 * straight lines wholly under nodes. A 100,000-actor picture at 1200×900 paints each pixel of its
 * crowd about forty times over; Chromium parsed and painted every hidden mark (14 s). Tested pixel by
 * pixel on the output grid: a mark is dropped only when every pixel it touches (with a pixel of
 * antialiasing around it) is inside the opaque fill of a node above it, so the PNG looks the same.
 */
export function hiddenMarks(
  nodes: readonly DrawnNode[],
  lines: readonly DrawnLine[],
  size: { width: number; height: number; unit: number },
): Set<string> {
  const { width, height, unit } = size;
  const covered = new Uint8Array(width * height);
  const isCovered = (x: number, y: number) =>
    x < 0 || y < 0 || x >= width || y >= height || covered[y * width + x] === 1;
  const hidden = new Set<string>();
  const halo = 0.75 * unit + 1;
  for (let k = nodes.length - 1; k >= 0; k--) {
    const { id, kind, at, named } = nodes[k];
    const r = NODE_RADIUS[kind] * unit;
    if (!named && allCovered(at, r * OUTER[kind] + halo + HALF_DIAGONAL, isCovered)) hidden.add(id);
    else cover(covered, width, height, at, r * INNER[kind] - 1 - HALF_DIAGONAL);
  }
  for (const line of lines) if (lineCovered(line, isCovered)) hidden.add(line.id);
  return hidden;
}

function allCovered(at: Point, radius: number, isCovered: (x: number, y: number) => boolean): boolean {
  const r2 = radius * radius;
  for (let y = Math.floor(at.y - radius); y <= Math.ceil(at.y + radius); y++) {
    const dy = y + 0.5 - at.y;
    for (let x = Math.floor(at.x - radius); x <= Math.ceil(at.x + radius); x++) {
      const dx = x + 0.5 - at.x;
      if (dx * dx + dy * dy <= r2 && !isCovered(x, y)) return false;
    }
  }
  return true;
}

/** Marks the pixels whose centres are within `radius` of `at` (callers shrink it by half a diagonal). */
function cover(covered: Uint8Array, width: number, height: number, at: Point, radius: number): void {
  if (radius <= 0) return;
  const y1 = Math.max(0, Math.ceil(at.y - radius - 0.5));
  const y2 = Math.min(height - 1, Math.floor(at.y + radius - 0.5));
  for (let y = y1; y <= y2; y++) {
    const dy = y + 0.5 - at.y;
    const half = Math.sqrt(radius * radius - dy * dy);
    const x1 = Math.max(0, Math.ceil(at.x - half - 0.5));
    const x2 = Math.min(width - 1, Math.floor(at.x + half - 0.5));
    if (x1 <= x2) covered.fill(1, y * width + x1, y * width + x2 + 1);
  }
}

/** Every pixel within half the stroke (plus a pixel) of the segment is covered. */
function lineCovered(line: DrawnLine, isCovered: (x: number, y: number) => boolean): boolean {
  const { from, to } = line;
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const reach = line.width / 2 + 1 + HALF_DIAGONAL;
  const dir = length > 0 ? { x: (to.x - from.x) / length, y: (to.y - from.y) / length } : { x: 1, y: 0 };
  const across = { x: -dir.y, y: dir.x };
  // Steps of half a pixel along and across (round caps reach `reach` past each end).
  for (let t = -reach; t <= length + reach; t += 0.5)
    for (let s = -reach; s <= reach; s += 0.5) {
      const x = from.x + dir.x * t + across.x * s;
      const y = from.y + dir.y * t + across.y * s;
      if (!isCovered(Math.floor(x), Math.floor(y))) return false;
    }
  return true;
}
