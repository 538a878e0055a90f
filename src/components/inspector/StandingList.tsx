import type { EdgeExplanation } from '../../model';
import { useEntente } from '../../store';
import { Citations } from './Citations';
import { signClass, signed } from './format';

const TYPE_WORD: Record<string, string> = {
  alliance: 'Alliance',
  treaty: 'Treaty',
  alignment: 'Alignment',
  patronage: 'Patronage',
  rivalry: 'Rivalry',
  war: 'War',
  estrangement: 'Estrangement',
  'proxy-contest': 'Proxy contest',
};

/** Lasting states in force: the one that sets the baseline (per sign) with its share of the tone, the others with why not. */
export function StandingList({ standing }: { standing: EdgeExplanation['standing'] }) {
  const select = useEntente((s) => s.select);
  if (!standing?.length) return null;
  return (
    <ul className="evidence standing" aria-label="Ties in force behind this relation">
      {standing.map(({ tie, contribution, value, counts, reason }) => (
        <li key={tie.id} className="evidence-item">
          <div className="evidence-head">
            <span className="evidence-date">
              {TYPE_WORD[tie.type] ?? tie.type} in force
              {tie.from ? ` since ${tie.from}` : ''}
            </span>
            <span className={`evidence-share ${signClass(contribution)}`} title="Share of the tone now">
              {signed(contribution)}
            </span>
          </div>
          <p className="evidence-summary">
            <button
              type="button"
              className="link-button"
              onClick={() => select({ type: 'edge', id: `tie:${tie.id}` })}
            >
              {tie.label ?? `${TYPE_WORD[tie.type] ?? tie.type} between ${tie.source} and ${tie.target}`}
            </button>
          </p>
          <p className="evidence-meta">
            standing {signed(value)}
            {counts ? '' : ` — not counted: ${reason}`} <Citations citations={tie.citations} />
          </p>
        </li>
      ))}
    </ul>
  );
}
