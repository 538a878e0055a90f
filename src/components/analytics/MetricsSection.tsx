import { useMemo } from 'react';
import type { StrengthMeasure } from '../../model/analytics';
import { selectSnapshot, useEntente } from '../../store';
import { MEASURE_LABELS, metricsFor } from './sizes';

/** Degree and weighted friendly/hostile strength of each actor at t, with optional node sizing. */
export function MetricsSection() {
  const snapshot = useEntente(selectSnapshot);
  const sizeBy = useEntente((s) => s.sizeBy);
  const setSizeBy = useEntente((s) => s.setSizeBy);
  const focusActor = useEntente((s) => s.focusActor);
  const rows = useMemo(
    () =>
      metricsFor(snapshot)
        .filter((m) => m.degree > 0)
        .sort(
          (a, b) =>
            b.positiveStrength + b.negativeStrength - (a.positiveStrength + a.negativeStrength) ||
            a.label.localeCompare(b.label),
        ),
    [snapshot],
  );
  return (
    <section aria-label="Actor metrics" className="analytics-section">
      <h3>Actors</h3>
      <label className="size-by">
        Size nodes by{' '}
        <select
          value={sizeBy ?? ''}
          onChange={(e) => setSizeBy(e.target.value === '' ? null : (e.target.value as StrengthMeasure))}
        >
          <option value="">nothing (uniform)</option>
          {(Object.keys(MEASURE_LABELS) as StrengthMeasure[]).map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {rows.length === 0 ? (
        <p className="muted">No relations at this time.</p>
      ) : (
        <table className="metrics-table" data-testid="metrics-table">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col" title="relations at this time">
                Deg.
              </th>
              <th scope="col" title="sum of friendly relation weights">
                Friendly
              </th>
              <th scope="col" title="sum of hostile relation weights">
                Hostile
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => focusActor(m.id)}>
                    {m.label}
                  </button>
                </td>
                <td className="num">{m.degree}</td>
                <td className="num">{m.positiveStrength.toFixed(2)}</td>
                <td className="num">{m.negativeStrength.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
