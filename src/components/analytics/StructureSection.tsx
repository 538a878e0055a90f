import { formatDay } from '../../model';
import { EXACT_ACTOR_LIMIT } from '../../model/analytics';
import { useEntente } from '../../store';
import { Checkbox } from '../filters/Checkbox';
import type { Structure } from './useStructure';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The frustration figure in plain words: how well two camps explain the friendly and hostile ties. */
export function campsFit(against: number, ties: number, exact: boolean): string {
  const tieWord = ties === 1 ? 'tie' : 'ties';
  if (against === 0)
    return `Two camps explain all ${ties} friendly and hostile ${tieWord}: friends together, rivals apart.`;
  const some = exact ? `${against} of ${ties}` : `At most ${against} of ${ties}`;
  return `${some} ${tieWord} go against the best split into two camps (a friendship across the camps or a rivalry inside one).`;
}

/** Balance and frustration at the time shown, the two camps, and what strains them. */
export function StructureSection({ structure }: { structure: Structure }) {
  const { balance, frustration, graph, exactPending, exactError } = structure;
  const time = useEntente((s) => s.time);
  const windowFrom = useEntente((s) => (s.mode === 'window' ? s.windowFrom : null));
  const campsView = useEntente((s) => s.campsView);
  const setCampsView = useEntente((s) => s.setCampsView);
  const select = useEntente((s) => s.select);
  const focusActor = useEntente((s) => s.focusActor);
  const label = new Map(graph.ids.map((id, i) => [id, graph.labels[i]]));
  const camp = (name: 'A' | 'B') =>
    graph.ids
      .filter((id) => frustration.camps[id] === name)
      .map((id) => ({ id, label: label.get(id) ?? id }));
  const status = frustration.optimal
    ? 'exact'
    : exactPending
      ? 'upper bound; exact value on its way…'
      : graph.ids.length > EXACT_ACTOR_LIMIT
        ? `upper bound (exact values are computed up to ${EXACT_ACTOR_LIMIT} actors)`
        : exactError
          ? 'upper bound (exact solve failed)'
          : 'upper bound (exact solve stopped at its time limit)';

  return (
    <section aria-label="Structure at this time" className="analytics-section">
      <h3>
        {windowFrom === null
          ? `Structure on ${formatDay(time)}`
          : `Structure of ${formatDay(windowFrom)} – ${formatDay(time)}`}
      </h3>
      {graph.edges.length > 0 && (
        <p className="analytics-lead" data-testid="camps-fit">
          {campsFit(frustration.count, frustration.edges, frustration.optimal)}
        </p>
      )}
      {graph.edges.length === 0 ? (
        <p className="muted">No friendly or hostile relations at this time.</p>
      ) : (
        <dl className="analytics-figures">
          <dt>Balanced triangles</dt>
          <dd data-testid="balance-index">
            {balance.triangles === 0
              ? 'no triangles'
              : `${pct(balance.index)} of ${balance.triangles} (weighted ${pct(balance.weightedIndex)})`}
          </dd>
          <dt title="The summed weight of the ties that go against the best split into two camps">
            Frustration
          </dt>
          <dd data-testid="frustration-value">
            {frustration.value.toFixed(2)} ({pct(frustration.value / frustration.totalWeight)} of the signed
            weight), {frustration.count} of {frustration.edges} ties, {status}
          </dd>
        </dl>
      )}
      <Checkbox
        label="Camps view"
        hint="colour actors by the best two-camp split; ties that strain it glow"
        checked={campsView}
        onChange={setCampsView}
      />
      {graph.edges.length > 0 && (
        <div className="camps" data-testid="camps">
          {(['A', 'B'] as const).map((name) => (
            <div key={name} className={`camp camp-${name.toLowerCase()}`}>
              <h4>Camp {name}</h4>
              <ul className="chips">
                {camp(name).map((a) => (
                  <li key={a.id}>
                    <button type="button" className="link-button" onClick={() => focusActor(a.id)}>
                      {a.label}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {frustration.frustrated.length > 0 && (
        <>
          <h4>Ties that strain the camps</h4>
          <ul className="analytics-list" data-testid="frustrated-ties">
            {frustration.frustrated.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ type: 'edge', id: t.id })}
                >
                  {t.sourceLabel} – {t.targetLabel}
                </button>{' '}
                <span className="muted">
                  {t.reason === 'positive-across' ? 'friends in opposite camps' : 'enemies in one camp'},
                  weight {t.weight.toFixed(2)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {balance.unbalanced.length > 0 && (
        <>
          <h4>Unbalanced triangles</h4>
          <ul className="analytics-list" data-testid="unbalanced-triangles">
            {balance.unbalanced.slice(0, 12).map((t) => (
              <li key={t.ids.join('~')}>
                {t.labels.join(' – ')}{' '}
                <span className="muted">({t.signs.map((s) => (s > 0 ? '+' : '−')).join(' ')})</span>
              </li>
            ))}
            {balance.unbalanced.length > 12 && (
              <li className="muted">and {balance.unbalanced.length - 12} more</li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
