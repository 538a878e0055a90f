import { useId, useMemo, useState } from 'react';
import { formatDay, labelAt } from '../../model';
import { searchActors } from '../../model/actor-search';
import { useEntente, useEntenteStore } from '../../store';
import { KindSwatch } from '../KindSwatch';

const KIND_PLURAL = {
  country: 'Countries',
  leader: 'Leaders',
  organization: 'Organizations',
  group: 'Groups',
};

/**
 * Finds actors by any label they ever had or by alias (ARIA combobox with a listbox): arrows move,
 * Enter focuses the actor on the graph, Escape closes.
 */
export function ActorSearch() {
  const store = useEntenteStore();
  const index = useEntente((s) => s.index);
  const time = useEntente((s) => s.time);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => searchActors(index, query, time), [index, query, time]);
  const expanded = open && query.trim() !== '';

  const choose = (id: string) => {
    const state = store.getState();
    const entry = state.index.actors.get(id);
    const before = { time: state.time, windowFrom: state.windowFrom, kinds: state.filters.kinds };
    const moves: string[] = [];
    // An actor that does not exist now is shown at the first date it does, with its kind visible.
    if (entry && (state.time < entry.exists.start || state.time > entry.exists.end)) {
      const to = state.time < entry.exists.start ? entry.exists.start : entry.exists.end;
      state.setTime(to);
      const when = to === entry.exists.start ? 'first exists on' : 'last exists on';
      moves.push(
        `${labelAt(entry, to)} ${when} ${formatDay(to)}, so the date moved from ${formatDay(before.time)}`,
      );
    }
    if (entry && !state.filters.kinds[entry.actor.kind]) {
      state.setFilters({ kinds: { ...state.filters.kinds, [entry.actor.kind]: true } });
      moves.push(`${KIND_PLURAL[entry.actor.kind]} were hidden and are shown again`);
    }
    state.focusActor(id);
    state.setSidePanel('inspector');
    // The search did more than select: say so, and let the user take it back.
    if (moves.length)
      state.offerUndo(`${moves.join('; ')}.`, () => {
        const now = store.getState();
        now.setTime(before.time);
        now.setWindowFrom(before.windowFrom);
        now.setFilters({ kinds: before.kinds });
      });
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(matches.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      if (expanded && matches[active]) choose(matches[active].id);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Find an actor"
        placeholder="Find an actor…"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching actors"
        className="search-results"
        hidden={!expanded}
      >
        {matches.map((m, i) => (
          <li
            key={m.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(m.id)}
            onMouseEnter={() => setActive(i)}
          >
            <KindSwatch kind={m.kind} />
            <span className="option-label">{m.label}</span>
            {m.via && <span className="option-via">{m.via}</span>}
          </li>
        ))}
        {matches.length === 0 && (
          <li className="search-empty" role="option" aria-disabled="true" aria-selected={false}>
            No actor matches “{query.trim()}”
          </li>
        )}
      </ul>
    </div>
  );
}
