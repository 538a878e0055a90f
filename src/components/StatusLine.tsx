import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../model';
import {
  type EntenteState,
  LOD_BUDGET,
  filtersActive,
  selectAwaitingGroups,
  selectLooks,
  useEntente,
} from '../store';
import { CommunityNotice } from './CommunityNotice';
import { formatCount } from '../model/format-count';

const selectStatus = (s: EntenteState) => {
  const looks = selectLooks(s);
  return {
    ...looks.summary,
    relations: looks.relations,
    drawn: looks.drawn,
    showAll: s.showAllRelations,
    // Waiting for a large set's communities nothing is drawn yet: no strength cut to speak of.
    grouped: s.grouped || selectAwaitingGroups(s),
    setShowAll: s.setShowAllRelations,
    time: s.time,
    mode: s.mode,
    windowFrom: s.windowFrom,
    filtered: filtersActive(s.filters),
  };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Says in words what the graph shows; screen readers hear it as time moves. On a phone it is folded
 * to one line (time-bar-layout.css) so the graph keeps its height; a tap unfolds or folds it.
 */
export function StatusLine() {
  const status = useEntente(useShallow(selectStatus));
  const [folded, setFolded] = useState(true);
  const when =
    status.mode === 'window'
      ? `${formatDay(status.windowFrom)} to ${formatDay(status.time)}`
      : formatDay(status.time);
  // Grouped, every meta-edge is drawn (they are few): the strength cut applies to the actor graph only.
  const cut = !status.grouped && status.drawn < status.relations;
  return (
    <p
      className={`status-line${folded ? ' folded' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="status-line"
      onClick={(e) => (e.target as HTMLElement).closest('button') || setFolded(!folded)}
    >
      <span className="status-date">{when}</span>: {plural(status.actors, 'actor')}, {status.positive}{' '}
      cooperative and {status.negative} hostile relations
      {status.neutral ? `, ${status.neutral} neutral` : ''}, {plural(status.ties, 'tie')}
      {status.mode === 'window' ? ' (events inside the window)' : ''}
      {status.filtered ? ' · filtered' : ''}
      {cut && (
        <span className="status-lod" data-testid="status-lod">
          {' '}
          · showing the {formatCount(status.drawn)} strongest of {formatCount(status.relations)} relations{' '}
          <button type="button" className="link-button" onClick={() => status.setShowAll(true)}>
            Show all
          </button>
        </span>
      )}
      <CommunityNotice actorsPresent={status.actors} />
      {!cut && !status.grouped && status.showAll && status.relations > LOD_BUDGET && (
        <span className="status-lod" data-testid="status-lod">
          {' '}
          · all relations drawn{' '}
          <button type="button" className="link-button" onClick={() => status.setShowAll(false)}>
            Draw only the strongest while moving
          </button>
        </span>
      )}
    </p>
  );
}
