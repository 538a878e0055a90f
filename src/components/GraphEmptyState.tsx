import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dateWithRelations, formatDay, summariseVisible } from '../model';
import {
  DEFAULT_FILTERS,
  type EntenteState,
  selectAwaitingGroups,
  selectFrame,
  selectVisibleSummary,
  useEntente,
} from '../store';
import { formatCount } from '../model/format-count';

type Why = 'grouping' | 'kinds' | 'filters' | 'date' | null;

/**
 * Why the graph shows no relation, if it does not: every kind hidden, the filters, or a date before
 * (or between) the events. Ties alone (memberships in force) do not make a graph worth reading.
 */
const selectWhy = (s: EntenteState): Why => {
  if (selectAwaitingGroups(s)) return 'grouping';
  if (Object.values(s.filters.kinds).every((on) => !on)) return 'kinds';
  const shown = selectVisibleSummary(s);
  if (shown.positive + shown.negative + shown.neutral > 0) return null;
  // Would the date show relations without the drawing filters? Then they are the reason.
  const frame = selectFrame(s);
  const all = summariseVisible(frame.index, frame.state, DEFAULT_FILTERS);
  return all.positive + all.negative + all.neutral > 0 ? 'filters' : 'date';
};

const selectActions = (s: EntenteState) => ({
  index: s.index,
  time: s.time,
  mode: s.mode,
  filters: s.filters,
  setFilters: s.setFilters,
  resetFilters: s.resetFilters,
  setTime: s.setTime,
});

/** Over an empty graph: says why it is empty and offers the one action that shows something. */
export function GraphEmptyState() {
  const why = useEntente(selectWhy);
  const { index, time, mode, filters, setFilters, resetFilters, setTime } = useEntente(
    useShallow(selectActions),
  );
  const ties = useEntente((s) => selectVisibleSummary(s).ties);
  const jumpTo = useMemo(() => (why === 'date' ? dateWithRelations(index, time) : null), [why, index, time]);
  if (!why) return null;
  const when = formatDay(time);
  const categoriesOff = Object.values(filters.categories).some((on) => !on);
  return (
    <div
      className={why === 'grouping' ? 'graph-empty graph-empty-wait' : 'graph-empty'}
      data-graph-overlay="empty"
      role="status"
      data-testid="graph-empty"
    >
      {why === 'grouping' && (
        <>
          <p className="empty-title">Grouping a large set…</p>
          <p>
            {formatCount(index.actorOrder.length)} actors are too many to read or play one by one, so they are
            being grouped into communities. Click a community to open it, or ungroup them all from the status
            line.
          </p>
        </>
      )}
      {why === 'kinds' && (
        <>
          <p className="empty-title">All kinds are hidden</p>
          <p>The filters hide countries, leaders, organizations and groups, so there is nothing to draw.</p>
          <button
            type="button"
            onClick={() =>
              setFilters({ kinds: { country: true, leader: true, organization: true, group: true } })
            }
          >
            Show all kinds
          </button>
        </>
      )}
      {why === 'filters' && (
        <>
          <p className="empty-title">The filters hide every relation</p>
          <p>
            There are relations {mode === 'window' ? 'in this window' : `on ${when}`}, but the sign and weight
            filters leave none on the graph.
          </p>
          <button type="button" onClick={resetFilters}>
            Show everything
          </button>
        </>
      )}
      {why === 'date' && (
        <>
          <p className="empty-title">No relations at this date</p>
          <p>
            {mode === 'window'
              ? 'No events fall in this window.'
              : `No relation between two actors is in force on ${when}${ties ? '; the lines shown are ties (memberships, leaderships, rivalries, treaties)' : ''}.`}
            {categoriesOff ? ' Some event categories are not counted (Filters).' : ''}
          </p>
          {jumpTo !== null && jumpTo !== time && (
            <button type="button" onClick={() => setTime(jumpTo)}>
              Go to {formatDay(jumpTo)}, {jumpTo > time ? 'the next' : 'the first'} date with relations
            </button>
          )}
        </>
      )}
    </div>
  );
}
