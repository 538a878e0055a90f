import { useEffect, useState } from 'react';
import { selectIndex, useEntente } from '../../store';
import { type SeriesState, watchSeries } from '../../workers/analytics-client';
import { SeriesChart } from './SeriesChart';

/** Balance and frustration over the whole span, computed in the worker and cached per dataset. */
export function SeriesSection() {
  const index = useEntente(selectIndex);
  const time = useEntente((s) => s.time);
  const [state, setState] = useState<SeriesState | null>(null);
  useEffect(() => watchSeries(index, 'quarter', setState), [index]);
  const samples = state?.samples;
  const bounded = samples?.filter((x) => !x.optimal).length ?? 0;
  return (
    <section aria-label="Balance over time" className="analytics-section">
      <h3>Over the whole span</h3>
      {!samples ? (
        <p className="muted">Computing…</p>
      ) : (
        <>
          <SeriesChart samples={samples} time={time} />
          <p className="chart-key">
            <span className="key-balance">━ balanced triangles</span>{' '}
            <span className="key-frustration">━ frustration (share of signed weight)</span>
          </p>
          <p className="muted" data-testid="series-status">
            {samples.length} quarterly samples;{' '}
            {state.error
              ? `exact values unavailable (${state.error}); frustration is a local-search bound`
              : state.exactDone < state.total
                ? `frustration exact for ${state.exactDone} of ${state.total} so far`
                : bounded === 0
                  ? 'frustration exact at every sample'
                  : `frustration exact except ${bounded} samples (solver time limit; bound shown)`}
          </p>
        </>
      )}
    </section>
  );
}
