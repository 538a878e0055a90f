import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../model';
import { type EntenteState, filtersActive, selectVisibleSummary, useEntente } from '../store';

const selectStatus = (s: EntenteState) => {
  const summary = selectVisibleSummary(s);
  return {
    ...summary,
    time: s.time,
    mode: s.mode,
    windowFrom: s.windowFrom,
    filtered: filtersActive(s.filters),
  };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Says in words what the graph shows; screen readers hear it as time moves. */
export function StatusLine() {
  const status = useEntente(useShallow(selectStatus));
  const when =
    status.mode === 'window'
      ? `${formatDay(status.windowFrom)} to ${formatDay(status.time)}`
      : formatDay(status.time);
  return (
    <p className="status-line" role="status" aria-live="polite" data-testid="status-line">
      <span className="status-date">{when}</span>: {plural(status.actors, 'actor')}, {status.positive}{' '}
      cooperative and {status.negative} hostile relations
      {status.neutral ? `, ${status.neutral} neutral` : ''}, {plural(status.ties, 'tie')}
      {status.mode === 'window' ? ' (events inside the window)' : ''}
      {status.filtered ? ' · filtered' : ''}
    </p>
  );
}
