import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { actorProfile, type ProfileRelation } from '../../model/actor-profile';
import { formatSpan } from '../../model/citations';
import { type EntenteState, selectActorRelations, selectIndex, useEntente } from '../../store';
import { Citations } from './Citations';
import { CommunityOfActor } from './CommunityOfActor';
import { TieList } from './TieList';
import { signClass, signed } from './format';

const selectNode = (id: string) => (s: EntenteState) => ({
  index: selectIndex(s),
  edges: selectActorRelations(s, id),
  time: s.time,
  select: s.select,
});

const KIND_NAMES = { country: 'Country', leader: 'Leader', organization: 'Organization', group: 'Group' };

/** One actor: its names over time, when it existed, its ties, and its closest friends and rivals now. */
export function NodeInspector({ id }: { id: string }) {
  const { index, edges, time, select } = useEntente(useShallow(useMemo(() => selectNode(id), [id])));
  const profile = useMemo(() => actorProfile(index, { edges }, time, id), [index, edges, time, id]);
  if (!profile) return <p className="muted">This actor is not in the loaded dataset.</p>;
  const { actor } = profile;
  const relations = (title: string, list: ProfileRelation[], none: string) => (
    <section aria-label={title}>
      <h3>{title}</h3>
      {list.length ? (
        <ul className="relation-list">
          {list.map((r) => (
            <li key={r.edge.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => select({ type: 'edge', id: r.edge.id })}
              >
                {r.otherLabel}
              </button>
              <span className={`score ${signClass(r.edge.score)}`}>{signed(r.edge.score)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{none}</p>
      )}
    </section>
  );
  return (
    <article className="inspector-body" aria-label={profile.label}>
      <p className="kicker">{KIND_NAMES[actor.kind]}</p>
      <h2 className="inspector-title">{profile.label}</h2>
      <CommunityOfActor id={id} />
      {!profile.aliveNow && <p className="notice-inline">Does not exist at this date.</p>}
      {actor.description && <p className="description">{actor.description}</p>}
      <dl className="facts facts-rows">
        <div>
          {/* A leader's `exists` is the public role in the data (docs/DATA.md), not a life span. */}
          <dt>{actor.kind === 'leader' ? 'Tenure' : 'Exists'}</dt>
          <dd>{formatSpan(profile.exists)}</dd>
        </div>
        {actor.labels.length > 1 && (
          <div>
            <dt>Names</dt>
            <dd>
              <ul className="plain">
                {index.actors.get(id)!.labels.map((l) => (
                  <li key={`${l.label}:${l.span.start}`}>
                    {l.label} <span className="muted small">({formatSpan(l.span)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {actor.aliases.length > 0 && (
          <div>
            <dt>Also</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </div>
        )}
        {actor.citations?.length ? (
          <div>
            <dt>Sources</dt>
            <dd>
              <Citations citations={actor.citations} />
            </dd>
          </div>
        ) : null}
      </dl>
      {relations('Strongest friends now', profile.friends, 'No cooperative relations at this date.')}
      {relations('Strongest rivals now', profile.rivals, 'No hostile relations at this date.')}
      <TieList ties={profile.ties} />
    </article>
  );
}
