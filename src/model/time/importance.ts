import type { DatasetIndex } from './dataset-index';
import { lookOfCode } from './looks';
import { pairEnds } from './pair-ends';

/** A relation drawn on insufficient evidence still says the actor is in play, but weakly. */
const INSUFFICIENT_SHARE = 0.25;

/**
 * How much each actor matters at the viewed date: the sum, over the relations drawn now (a look code
 * per pair, 0 when not drawn), of their strength times their confidence. An actor in many strong,
 * well-documented relations of the moment ranks high; one that exists but is idle ranks 0. Writes into
 * `out` (one slot per actor) and returns it.
 */
export function actorImportance(
  index: DatasetIndex,
  codes: Uint8Array,
  out: Float32Array<ArrayBufferLike> = new Float32Array(index.actorOrder.length),
): Float32Array<ArrayBufferLike> {
  const ends = pairEnds(index);
  out.fill(0);
  for (let p = 0; p < codes.length; p++) {
    const code = codes[p];
    if (code === 0) continue;
    const look = lookOfCode(code);
    const value = look.low
      ? INSUFFICIENT_SHARE * Math.max(look.w, 0.2)
      : Math.max(look.w, 0.05) * (0.5 + look.c / 2);
    const a = ends[2 * p];
    const b = ends[2 * p + 1];
    if (a >= 0) out[a] += value;
    if (b >= 0) out[b] += value;
  }
  return out;
}

/** How many actors the largest and the middle size take at most, whatever the graph's size. */
export const TIER_SIZES = { top: 8, middle: 24 } as const;

/**
 * Three sizes of node from importance among the visible actors: the top few (at most TIER_SIZES.top,
 * and only those with at least a third of the leader's importance) are 2, the next ones with some weight
 * 1, the rest 0. Actors in `boost` (a story chapter's) are always 2. Writes into `out` and returns it.
 */
export function importanceTiers(
  importance: Float32Array<ArrayBufferLike>,
  visible: Uint8Array<ArrayBufferLike>,
  boost: ReadonlySet<number> = new Set(),
  out: Uint8Array<ArrayBufferLike> = new Uint8Array(importance.length),
): Uint8Array<ArrayBufferLike> {
  out.fill(0);
  const ranked: number[] = [];
  for (let i = 0; i < importance.length; i++) if (visible[i] && importance[i] > 0) ranked.push(i);
  ranked.sort((a, b) => importance[b] - importance[a] || a - b);
  const lead = ranked.length ? importance[ranked[0]] : 0;
  ranked.forEach((i, rank) => {
    if (rank < TIER_SIZES.top && importance[i] >= lead / 3) out[i] = 2;
    else if (rank < TIER_SIZES.top + TIER_SIZES.middle) out[i] = 1;
  });
  for (const i of boost) if (visible[i]) out[i] = 2;
  return out;
}
