import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { communityLabel, communitySummary } from '../../model';
import { type EntenteState, selectCommunities, selectVisibleSnapshot, useEntente } from '../../store';
import { ActorLink } from './ActorLink';
import { signClass, signWord } from './format';
import { formatCount } from '../../model/format-count';

/** Members and links the inspector lists before "and N more". */
const TOP_MEMBERS = 12;
const TOP_LINKS = 8;

const selectCommunity = (s: EntenteState) => ({
  snapshot: selectVisibleSnapshot(s),
  communities: selectCommunities(s),
  expanded: s.expandedCommunities,
  expand: s.expandCommunity,
  collapse: s.collapseCommunity,
  inspect: s.inspectCommunity,
  ungroup: s.ungroupAll,
});

/** One community of the grouped graph: its members by relations at t, and its strongest links. */
export function CommunityInspector({ id }: { id: number }) {
  const { snapshot, communities, expanded, expand, collapse, inspect, ungroup } = useEntente(
    useShallow(selectCommunity),
  );
  const summary = useMemo(
    () => (communities ? communitySummary(snapshot, communities, id) : null),
    [snapshot, communities, id],
  );
  const label = useMemo(
    () => (communities ? communityLabel(snapshot, communities, id) : ''),
    [snapshot, communities, id],
  );
  if (!summary) return null;
  const open = expanded.has(id);
  const { inside } = summary;
  return (
    <article className="inspector-body" aria-label={`Community: ${label}`}>
      <p className="kicker">Community {id + 1}</p>
      <h2 className="inspector-title">{label}</h2>
      <div className="community-actions">
        {open ? (
          <button type="button" onClick={() => collapse(id)}>
            Collapse
          </button>
        ) : (
          <button type="button" onClick={() => expand(id)}>
            Expand
          </button>
        )}
        <button type="button" onClick={ungroup}>
          Ungroup all
        </button>
      </div>
      <dl className="facts facts-rows">
        <div>
          <dt>Members</dt>
          <dd>
            {formatCount(summary.members.length)} present now, {formatCount(summary.spanMembers)} over the
            whole span
          </dd>
        </div>
        <div>
          <dt>Inside</dt>
          <dd>
            {formatCount(inside.relations)} relations: {formatCount(inside.positive)} cooperative,{' '}
            {formatCount(inside.negative)} hostile
          </dd>
        </div>
      </dl>
      <section aria-label="Members">
        <h3>Members (most relations now)</h3>
        <ul className="relation-list">
          {summary.members.slice(0, TOP_MEMBERS).map((m) => (
            <li key={m.id}>
              <ActorLink id={m.id} label={m.label} />
              <span className="muted small">{formatCount(m.degree)}</span>
            </li>
          ))}
        </ul>
        {summary.members.length > TOP_MEMBERS && (
          <p className="muted small">and {formatCount(summary.members.length - TOP_MEMBERS)} more</p>
        )}
      </section>
      <section aria-label="Strongest links">
        <h3>Strongest links</h3>
        {summary.links.length ? (
          <ul className="relation-list">
            {summary.links.slice(0, TOP_LINKS).map((link) => (
              <li key={link.community}>
                <button type="button" className="link-button" onClick={() => inspect(link.community)}>
                  {link.label}
                </button>
                <span className={`score ${signClass(link.toneSum)}`}>
                  {formatCount(link.relations)} {signWord(Math.sign(link.toneSum))}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No relations to other communities at this date.</p>
        )}
      </section>
    </article>
  );
}
