import { useState } from 'react';
import { formatDay, parseDate } from '../../model';
import type { RelationChange } from '../../model/analytics';
import { selectIndex, useEntente } from '../../store';
import { changeText, COUNT_TEXT } from './change-words';
import { diffFor } from './compare-data';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
const state = (s: RelationChange['before']) => (s ? signed(s.score) : '—');

function ChangeRow({ change }: { change: RelationChange }) {
  const select = useEntente((s) => s.select);
  const [open, setOpen] = useState(false);
  const n = change.events.length + change.standing.length;
  return (
    <>
      <tr data-kind={change.kind}>
        <td>
          <span className={`change-badge change-${change.kind}`}>{changeText(change)}</span>
        </td>
        <td>
          <button
            type="button"
            className="link-button"
            onClick={() => select({ type: 'edge', id: change.id })}
          >
            {change.sourceLabel} – {change.targetLabel}
          </button>
        </td>
        <td className="num">
          {state(change.before)} → {state(change.after)}
        </td>
        <td>
          {n === 0 ? (
            <span className="muted">decay only</span>
          ) : (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {n} {change.standing.length ? 'reason' : 'event'}
              {n === 1 ? '' : 's'} {open ? '▾' : '▸'}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="change-events">
          <td colSpan={4}>
            <ul className="analytics-list">
              {change.standing.map((t) => (
                <li key={t.tie}>
                  {t.type} {t.label ? `“${t.label}” ` : ''}
                  {t.change === 'began' ? 'came into force' : 'ended'}
                </li>
              ))}
              {change.events.map((e) => (
                <li key={e.id}>
                  <span className="num">{e.date}</span> <span className="num">{signed(e.score)}</span>{' '}
                  {e.summary}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

/** Pick dates A and B; the graph shows B with the changes since A marked, the table lists them. */
export function ComparePanel() {
  const index = useEntente(selectIndex);
  const compare = useEntente((s) => s.compare);
  const time = useEntente((s) => s.time);
  const setCompare = useEntente((s) => s.setCompare);
  const clearCompare = useEntente((s) => s.clearCompare);
  const setTime = useEntente((s) => s.setTime);
  const [fromText, setFromText] = useState(() => formatDay(compare?.from ?? index.span.start));
  const [toText, setToText] = useState(() => formatDay(compare?.to ?? time));
  const [error, setError] = useState<string | null>(null);
  const diff = compare ? diffFor(index, compare.from, compare.to) : null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const a = parseDate(fromText.trim());
    const b = parseDate(toText.trim());
    if (!a || !b) {
      setError('Dates are YYYY, YYYY-MM or YYYY-MM-DD.');
      return;
    }
    setError(null);
    setCompare(a.start, b.start);
  };

  return (
    <section aria-label="Compare two dates" className="analytics-section">
      <h3>Compare two dates</h3>
      <form className="compare-form" onSubmit={submit}>
        <label>
          A{' '}
          <input
            value={fromText}
            onChange={(e) => setFromText(e.target.value)}
            size={10}
            aria-label="Date A"
          />
        </label>
        <label>
          B <input value={toText} onChange={(e) => setToText(e.target.value)} size={10} aria-label="Date B" />
        </label>
        <button type="submit">Compare</button>
        {compare && (
          <button type="button" onClick={clearCompare}>
            Clear comparison
          </button>
        )}
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {compare && time !== compare.to && (
        <p className="muted">
          The graph marks the changes only at date B.{' '}
          <button type="button" className="link-button" onClick={() => setTime(compare.to)}>
            Show date B
          </button>
        </p>
      )}
      {diff && (
        <>
          <p className="muted" data-testid="compare-summary">
            {diff.from} → {diff.to}:{' '}
            {diff.changes.length === 0
              ? 'no relation changed.'
              : Object.entries(diff.counts)
                  .filter(([, n]) => n > 0)
                  .map(([k, n]) => `${n} ${COUNT_TEXT[k as RelationChange['kind']]}`)
                  .join(', ')}
          </p>
          {diff.changes.length > 0 && (
            <table className="compare-table" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">Change</th>
                  <th scope="col">Relation</th>
                  <th scope="col">A → B</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {diff.changes.map((c) => (
                  <ChangeRow key={c.id} change={c} />
                ))}
              </tbody>
            </table>
          )}
          {diff.ties.length > 0 && (
            <ul className="analytics-list">
              {diff.ties.map((t) => (
                <li key={t.id}>
                  {t.type} {t.sourceLabel} – {t.targetLabel}:{' '}
                  {t.kind === 'appeared' ? 'came into force' : 'ended'}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
