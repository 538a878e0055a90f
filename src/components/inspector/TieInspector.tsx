import { labelAt } from '../../model';
import { formatSpan } from '../../model/citations';
import { useEntente } from '../../store';
import { ActorLink } from './ActorLink';
import { Citations } from './Citations';

const TYPE_NAMES: Record<string, string> = {
  membership: 'Membership',
  leadership: 'Leadership',
  alliance: 'Alliance',
  treaty: 'Treaty',
  rivalry: 'Rivalry',
  war: 'War',
};

/** A membership, leadership, treaty, alliance or war: who, what, when, and on whose word. */
export function TieInspector({ tieId }: { tieId: string }) {
  const index = useEntente((s) => s.index);
  const time = useEntente((s) => s.time);
  const entry = index.ties.find((t) => t.tie.id === tieId);
  if (!entry) return <p className="muted">This tie is not in the loaded dataset.</p>;
  const { tie, span } = entry;
  const name = (id: string) => {
    const actor = index.actors.get(id);
    return actor ? labelAt(actor, time) : id;
  };
  const active = span.start <= time && time <= span.end;
  return (
    <article className="inspector-body" aria-label={`${TYPE_NAMES[tie.type]} tie`}>
      <p className="kicker">{TYPE_NAMES[tie.type]}</p>
      <h2 className="inspector-title">
        {tie.label ?? (
          <>
            <ActorLink id={tie.source} label={name(tie.source)} /> <span aria-hidden="true">→</span>{' '}
            <ActorLink id={tie.target} label={name(tie.target)} />
          </>
        )}
      </h2>
      <dl className="facts facts-rows">
        <div>
          <dt>{tie.type === 'membership' ? 'Member' : tie.type === 'leadership' ? 'Leader' : 'Parties'}</dt>
          <dd>
            <ActorLink id={tie.source} label={name(tie.source)} />
            {tie.type !== 'membership' && tie.type !== 'leadership' && (
              <>
                {' and '}
                <ActorLink id={tie.target} label={name(tie.target)} />
              </>
            )}
          </dd>
        </div>
        {(tie.type === 'membership' || tie.type === 'leadership') && (
          <div>
            <dt>{tie.type === 'membership' ? 'Of' : 'Leads'}</dt>
            <dd>
              <ActorLink id={tie.target} label={name(tie.target)} />
            </dd>
          </div>
        )}
        {tie.role && (
          <div>
            <dt>Role</dt>
            <dd>{tie.role.replace(/-/g, ' ')}</dd>
          </div>
        )}
        <div>
          <dt>In force</dt>
          <dd>
            {formatSpan(span)} {active ? <span className="badge">now</span> : null}
          </dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>
            <Citations citations={tie.citations} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
