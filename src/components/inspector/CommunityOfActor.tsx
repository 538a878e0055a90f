import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, selectCommunities, useEntente } from '../../store';
import { formatCount } from '../../model/format-count';

const selectMembership = (id: string) => (s: EntenteState) => {
  const communities = s.grouped ? selectCommunities(s) : null;
  const k = communities?.of.get(id);
  const size = k === undefined ? 0 : (communities?.communities[k].members.length ?? 0);
  return { k, size, collapse: s.collapseCommunity, inspect: s.inspectCommunity, select: s.select };
};

/** Grouped graph: the community an actor belongs to, with the way to fold it back. */
export function CommunityOfActor({ id }: { id: string }) {
  const { k, size, collapse, inspect, select } = useEntente(useShallow(selectMembership(id)));
  if (k === undefined || size < 2) return null;
  return (
    <p className="community-actions" data-testid="actor-community">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          select(null);
          inspect(k);
        }}
      >
        Community {k + 1}
      </button>
      <span className="muted small">{formatCount(size)} members</span>
      <button type="button" onClick={() => collapse(k)}>
        Collapse
      </button>
    </p>
  );
}
