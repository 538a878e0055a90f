import { type Communities, type GroupedView, foldableCount, groupView } from '../model';
import { peakActorsPresent } from '../model/time/peak-present';
import { COMMUNITY_THRESHOLD, GROUP_BY_DEFAULT_THRESHOLD } from './community-slice';
import { memoLast, selectVisibleSnapshot } from './selectors';
import type { EntenteState } from './types';

/**
 * The dataset's communities, found once per dataset over the whole span (every actor that ever
 * exists, every pair that ever has events), so scrubbing never moves an actor to another community.
 * Null until findCommunities has them.
 */
export const selectCommunities = (s: EntenteState): Communities | null => s.communities;

/** How many communities grouping would fold (two or more members), or null while they are being found. */
export const selectFoldableCount = (s: EntenteState): number | null =>
  s.communities ? foldableCount(s.communities) : null;

/** Whether grouping is worth offering: more actors present now than COMMUNITY_THRESHOLD. */
export const offersGrouping = (actorsPresent: number): boolean => actorsPresent > COMMUNITY_THRESHOLD;

const groupedFor = memoLast(groupView);

/** The filtered snapshot at t folded into the communities not expanded (null before they are found). */
export const selectGroupedView = (s: EntenteState): GroupedView | null =>
  s.communities ? groupedFor(selectVisibleSnapshot(s), s.communities, s.expandedCommunities) : null;

const peakFor = memoLast(peakActorsPresent);

/**
 * A large dataset that opens grouped and whose communities are not found yet (or whose grouping is
 * not yet decided): the graph draws nothing until they are, instead of drawing thousands of actors
 * one by one and then throwing them away (issue 22: those frames were the import's longest tasks).
 */
export const selectAwaitingGroups = (s: EntenteState): boolean =>
  !s.grouped &&
  (s.groupingFor === s.dataset ||
    (s.defaultGroupingFor !== s.dataset && peakFor(s.index) > GROUP_BY_DEFAULT_THRESHOLD));
