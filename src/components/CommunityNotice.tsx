import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, offersGrouping, selectFoldableCount, useEntente } from '../store';

const selectNotice = (s: EntenteState, actorsPresent: number) => {
  const offer = !s.grouped && offersGrouping(actorsPresent);
  return {
    offer,
    grouped: s.grouped,
    // Only computed (once per dataset) when there is something to say.
    communities: offer || s.grouped ? selectFoldableCount(s) : 0,
    expanded: s.expandedCommunities.size,
    group: s.groupCommunities,
    ungroup: s.ungroupAll,
  };
};

const count = (n: number) => n.toLocaleString('en');

/**
 * The status line's part about communities: above COMMUNITY_THRESHOLD actors present it offers to
 * group them; grouped, it says so and offers the way back.
 */
export function CommunityNotice({ actorsPresent }: { actorsPresent: number }) {
  const notice = useEntente(useShallow((s: EntenteState) => selectNotice(s, actorsPresent)));
  if (notice.grouped) {
    return (
      <span className="status-lod" data-testid="status-communities">
        {' '}
        · grouped into {count(notice.communities)} communities
        {notice.expanded ? ` (${count(notice.expanded)} expanded)` : ''}{' '}
        <button type="button" className="link-button" onClick={notice.ungroup}>
          Ungroup all
        </button>
      </span>
    );
  }
  if (!notice.offer || notice.communities === 0) return null;
  return (
    <span className="status-lod" data-testid="status-communities">
      {' '}
      ·{' '}
      <button type="button" className="link-button" onClick={notice.group}>
        Group into {count(notice.communities)} communities
      </button>
    </span>
  );
}
