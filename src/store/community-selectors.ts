import {
  type Communities,
  type DatasetIndex,
  type GroupedView,
  detectCommunities,
  foldableCount,
  groupView,
  spanGraph,
} from '../model';
import { COMMUNITY_THRESHOLD } from './community-slice';
import { memoLast, selectVisibleSnapshot } from './selectors';
import type { EntenteState } from './types';

const communitiesFor = memoLast((index: DatasetIndex): Communities => detectCommunities(spanGraph(index)));

/**
 * The dataset's communities, computed once per dataset over the whole span (every actor that ever
 * exists, every pair that ever has events), so scrubbing never moves an actor to another community.
 */
export const selectCommunities = (s: EntenteState): Communities => communitiesFor(s.index);

/** How many communities grouping would fold (two or more members), for the status line's offer. */
export const selectFoldableCount = (s: EntenteState): number => foldableCount(selectCommunities(s));

/** Whether grouping is worth offering: more actors present now than COMMUNITY_THRESHOLD. */
export const offersGrouping = (actorsPresent: number): boolean => actorsPresent > COMMUNITY_THRESHOLD;

const groupedFor = memoLast(groupView);

/** The filtered snapshot at t folded into the communities the user has not expanded. */
export const selectGroupedView = (s: EntenteState): GroupedView =>
  groupedFor(selectVisibleSnapshot(s), selectCommunities(s), s.expandedCommunities);
