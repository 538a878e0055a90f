import type { Point, Positions } from '../layout';
import type { Communities } from './detect';

/** Screen size (drawing units) of a folded community of `members` actors; actors are 26 units. */
export function metaNodeSize(members: number): number {
  return Math.round(34 + 9 * Math.sqrt(members));
}

/** Sunflower scale of an expanded community: neighbouring members about 55 units apart (MEMBER_SIZE across). */
const MEMBER_SPACING = 31;
/** Free space kept between two communities' discs. */
const GAP = 24;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const PASSES = 80;

/** Where the grouped graph draws each community (its centre) and each member of an expanded one. */
export interface GroupedPlacement {
  centre: Point[];
  member: Map<string, Point>;
}

/** Size of an expanded community's member on the grouped map (src/graph/community-style.ts draws it so). */
export const MEMBER_SIZE = 22;

/**
 * The disc a community needs: a folded box's corners included (half its diagonal, or two boxes that
 * meet corner to corner overlap), an expanded one's outermost member included.
 */
function discRadius(members: number, expanded: boolean): number {
  if (members <= 1) return MEMBER_SIZE / 2 + GAP / 2;
  if (!expanded) return (metaNodeSize(members) / 2) * Math.SQRT2 + GAP / 2;
  return MEMBER_SPACING * Math.sqrt(members) + MEMBER_SIZE / 2 + GAP / 2;
}

/**
 * Places the grouped graph from the span layout, once per grouping (not per time step, so nothing
 * jumps while time moves). Each community sits at the centre of its members' span positions, scaled
 * so the communities' discs fill about a third of the picture, then discs that overlap are pushed
 * apart. An expanded community then opens where its folded node was drawn and the others give way.
 * Its members lie on a sunflower around that centre, the most central member in the middle.
 */
export function placeGrouped(
  communities: Communities,
  positions: Positions,
  expanded: ReadonlySet<number>,
): GroupedPlacement {
  const list = communities.communities;
  const n = list.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const radius = new Float64Array(n);
  let area = 0;
  list.forEach((c, k) => {
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (const m of c.members) {
      const p = positions.get(m);
      if (!p) continue;
      sx += p.x;
      sy += p.y;
      count++;
    }
    // No position yet: a deterministic spot on a spiral, away from the others.
    xs[k] = count ? sx / count : 40 * Math.sqrt(k) * Math.cos(k * GOLDEN_ANGLE);
    ys[k] = count ? sy / count : 40 * Math.sqrt(k) * Math.sin(k * GOLDEN_ANGLE);
    radius[k] = discRadius(c.members.length, false);
    area += Math.PI * radius[k] ** 2;
  });
  rescale(xs, ys, Math.sqrt(area / 0.3));
  // The loners' group has no place of its own in the layout (its members are scattered): it waits
  // at the right-hand edge, out of the way of the communities.
  const loose = list.findIndex((c) => c.loose);
  const looseRadius = loose >= 0 ? radius[loose] : 0;
  if (loose >= 0) radius[loose] = 0;
  // First every community folded (the picture grouping starts from), then the expanded ones open
  // where they were drawn and their neighbours make room.
  pushApart(xs, ys, radius, () => false);
  if (loose >= 0) {
    let right = -Infinity;
    for (let k = 0; k < n; k++) if (k !== loose) right = Math.max(right, xs[k] + radius[k]);
    xs[loose] = (Number.isFinite(right) ? right : 0) + looseRadius;
    ys[loose] = 0;
    radius[loose] = looseRadius;
  }
  if (expanded.size) {
    for (const k of expanded) if (list[k]) radius[k] = discRadius(list[k].members.length, true);
    pushApart(xs, ys, radius, (k) => expanded.has(k));
  }

  const centre = list.map((_, k) => ({ x: xs[k], y: ys[k] }));
  const member = new Map<string, Point>();
  for (const k of expanded) {
    const c = list[k];
    if (!c) continue;
    c.members.forEach((m, i) => {
      const r = MEMBER_SPACING * Math.sqrt(i + (i ? 0.5 : 0));
      member.set(m, { x: xs[k] + r * Math.cos(i * GOLDEN_ANGLE), y: ys[k] + r * Math.sin(i * GOLDEN_ANGLE) });
    });
  }
  return { centre, member };
}

/** Centres the points on 0 and scales them so the larger side of their box is `extent`. */
function rescale(xs: Float64Array, ys: Float64Array, extent: number) {
  if (!xs.length) return;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    x0 = Math.min(x0, xs[i]);
    x1 = Math.max(x1, xs[i]);
    y0 = Math.min(y0, ys[i]);
    y1 = Math.max(y1, ys[i]);
  }
  const scale = extent / Math.max(x1 - x0, y1 - y0, 1e-9);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  for (let i = 0; i < xs.length; i++) {
    xs[i] = (xs[i] - cx) * scale;
    ys[i] = (ys[i] - cy) * scale;
  }
}

/** Overlapping discs move apart along the line between them, the smaller one further; pinned ones stay. */
function pushApart(xs: Float64Array, ys: Float64Array, r: Float64Array, pinned: (k: number) => boolean) {
  const n = xs.length;
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = xs[j] - xs[i];
        let dy = ys[j] - ys[i];
        const need = r[i] + r[j];
        if (Math.abs(dx) >= need || Math.abs(dy) >= need) continue;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) {
          // Same spot: a fixed direction per pair, so the result stays deterministic.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          d = 1;
        }
        // Two pinned discs that meet both give way, like two free ones.
        const both = pinned(i) && pinned(j);
        const [pi, pj] = [pinned(i) && !both, pinned(j) && !both];
        const overlap = need - d;
        const wi = pi ? 0 : pj ? 1 : r[j] ** 2 / (r[i] ** 2 + r[j] ** 2);
        const wj = 1 - wi;
        xs[i] -= (dx / d) * overlap * wi;
        ys[i] -= (dy / d) * overlap * wi;
        xs[j] += (dx / d) * overlap * wj;
        ys[j] += (dy / d) * overlap * wj;
        moved = true;
      }
    }
    if (!moved) break;
  }
}
