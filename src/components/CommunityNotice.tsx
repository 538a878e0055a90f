import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  type EntenteState,
  offersGrouping,
  selectAwaitingGroups,
  selectFoldableCount,
  useEntente,
} from '../store';
import { formatCount } from '../model/format-count';

const selectNotice = (s: EntenteState, actorsPresent: number) => {
  const offer = !s.grouped && offersGrouping(actorsPresent);
  return {
    offer,
    grouped: s.grouped,
    awaiting: selectAwaitingGroups(s),
    byDefault: s.groupedByDefault,
    communities: selectFoldableCount(s),
    expanded: s.expandedCommunities.size,
    group: s.groupCommunities,
    ungroup: s.ungroupAll,
    find: s.findCommunities,
    groupByDefault: s.groupByDefault,
  };
};

/**
 * The status line's part about communities: above COMMUNITY_THRESHOLD actors present it offers to
 * group them (once the worker has found the communities); grouped, it says so and offers the way back.
 */
export function CommunityNotice({ actorsPresent }: { actorsPresent: number }) {
  const notice = useEntente(useShallow((s: EntenteState) => selectNotice(s, actorsPresent)));
  const { offer, find, groupByDefault } = notice;
  const dataset = useEntente((s) => s.dataset);
  // A large set opens grouped, so it plays smoothly (decided as it opens; the user can expand or ungroup).
  useEffect(() => {
    void groupByDefault(actorsPresent);
  }, [dataset, actorsPresent, groupByDefault]);
  // Found in a worker, once per dataset, only when there is something to offer.
  useEffect(() => {
    if (offer) void find();
  }, [offer, find]);
  if (notice.grouped) {
    return (
      <span className="status-lod" data-testid="status-communities">
        {' '}
        · grouped into {formatCount(notice.communities ?? 0)} communities
        {notice.expanded ? ` (${formatCount(notice.expanded)} expanded)` : ''}
        {notice.byDefault ? (
          <span title="Large sets open grouped, so they play smoothly: click a community to open it">
            {' '}
            (large set)
          </span>
        ) : (
          ''
        )}{' '}
        <button type="button" className="link-button" onClick={notice.ungroup}>
          Ungroup all
        </button>
      </span>
    );
  }
  if (notice.awaiting) {
    return (
      <span className="status-lod" data-testid="status-grouping" role="status">
        {' '}
        · large set: grouping it into communities…
      </span>
    );
  }
  if (!notice.offer || !notice.communities) return null;
  return (
    <span className="status-lod" data-testid="status-communities">
      {' '}
      ·{' '}
      <button type="button" className="link-button" onClick={notice.group}>
        Group into {formatCount(notice.communities)} communities
      </button>
    </span>
  );
}
