import type { DatasetIndex } from './dataset-index';
import { signOf, weightOf } from './engine';
import { type PairState, tieEnds, tieInForce } from './pair-state';
import type { ActorKind, Sign } from '../types';

/** What the filter panel can hide (the store's Filters has this shape). */
export interface ViewFilter {
  kinds: Record<ActorKind, boolean>;
  signs: { positive: boolean; negative: boolean; neutral: boolean };
  minWeight: number;
  ties: boolean;
}

/**
 * What is on screen at the state's day, decided once for the graph adapter and the status line alike:
 * the same rules applyFilters applies to a snapshot, read straight from the typed arrays.
 */
export function markVisibleActors(
  index: DatasetIndex,
  state: PairState,
  filter: ViewFilter,
  out: Uint8Array,
) {
  const { actorEntries } = index;
  for (let i = 0; i < out.length; i++)
    out[i] = state.alive[i] === 1 && filter.kinds[actorEntries[i].actor.kind] ? 1 : 0;
}

/** The sign pair p's relation is drawn with, or null when it is hidden (no object: it runs per pair per frame). */
export function visibleSign(
  index: DatasetIndex,
  state: PairState,
  p: number,
  filter: ViewFilter,
  visible: Uint8Array,
): Sign | null {
  if (state.shown[p] !== 1) return null;
  const { ia, ib } = index.columns;
  if (visible[ia[p]] !== 1 || visible[ib[p]] !== 1) return null;
  const score = state.score[p];
  // Insufficient evidence is drawn as its own state; the "neutral" filter shows or hides it too.
  const sign = state.insufficient[p] === 1 ? 0 : signOf(score, index.options);
  return relationShown(filter, sign, weightOf(score, index.options)) ? sign : null;
}

/** Whether the filters draw a relation of this sign and weight (insufficient evidence counts as neutral). */
export function relationShown(filter: ViewFilter, sign: number, weight: number): boolean {
  const { signs } = filter;
  if (!(sign > 0 ? signs.positive : sign < 0 ? signs.negative : signs.neutral)) return false;
  return weight >= filter.minWeight;
}

/** Whether tie k is drawn: ties shown, in force at the state's day (or window), both ends visible. */
export function tieVisible(
  index: DatasetIndex,
  state: PairState,
  k: number,
  filter: ViewFilter,
  visible: Uint8Array,
): boolean {
  if (!filter.ties || !tieInForce(index, state, k)) return false;
  const ends = tieEnds(index);
  return visible[ends[2 * k]] === 1 && visible[ends[2 * k + 1]] === 1;
}

export interface VisibleSummary {
  actors: number;
  positive: number;
  negative: number;
  neutral: number;
  ties: number;
}

/** Counts what is drawn, for the status line, without building a snapshot. */
export function summariseVisible(index: DatasetIndex, state: PairState, filter: ViewFilter): VisibleSummary {
  const visible = new Uint8Array(state.alive.length);
  markVisibleActors(index, state, filter, visible);
  const summary: VisibleSummary = { actors: 0, positive: 0, negative: 0, neutral: 0, ties: 0 };
  for (let i = 0; i < visible.length; i++) summary.actors += visible[i];
  for (let p = 0; p < state.shown.length; p++) {
    const sign = visibleSign(index, state, p, filter, visible);
    if (sign === 1) summary.positive++;
    else if (sign === -1) summary.negative++;
    else if (sign === 0) summary.neutral++;
  }
  for (let k = 0; k < index.ties.length; k++)
    if (tieVisible(index, state, k, filter, visible)) summary.ties++;
  return summary;
}
