import { useShallow } from 'zustand/react/shallow';
import type { ActorKind, QuadClass } from '../../model';
import { KIND_STYLE } from '../../graph/palette';
import { type EntenteState, type Filters, filtersActive, useEntente } from '../../store';
import { Checkbox } from './Checkbox';
import { ModelSettings } from './ModelSettings';
import './filters.css';

const KIND_PLURALS: Record<ActorKind, string> = {
  country: 'Countries',
  leader: 'Leaders',
  organization: 'Organizations',
  group: 'Groups',
};

const SIGNS: { key: keyof Filters['signs']; label: string }[] = [
  { key: 'positive', label: 'Cooperative' },
  { key: 'negative', label: 'Hostile' },
  { key: 'neutral', label: 'Neutral' },
];

const CATEGORIES: { key: QuadClass; label: string; hint: string }[] = [
  {
    key: 'verbal-cooperation',
    label: 'Verbal cooperation',
    hint: 'statements, visits, agreements (CAMEO 01–05)',
  },
  {
    key: 'material-cooperation',
    label: 'Material cooperation',
    hint: 'trade, aid, concessions (CAMEO 06–08)',
  },
  { key: 'verbal-conflict', label: 'Verbal conflict', hint: 'accusations, demands, threats (CAMEO 09–13)' },
  { key: 'material-conflict', label: 'Material conflict', hint: 'sanctions, force, fighting (CAMEO 14–20)' },
];

const selectFilters = (s: EntenteState) => ({
  filters: s.filters,
  setFilters: s.setFilters,
  reset: s.resetFilters,
});

/** What the graph shows: which actors, which relations, how strong, counted from which events. */
export function FiltersPanel() {
  const { filters, setFilters, reset } = useEntente(useShallow(selectFilters));
  const kinds = Object.keys(KIND_STYLE) as ActorKind[];
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Actors</legend>
        {kinds.map((kind) => (
          <Checkbox
            key={kind}
            label={KIND_PLURALS[kind]}
            swatch={kind}
            checked={filters.kinds[kind]}
            onChange={(on) => setFilters({ kinds: { ...filters.kinds, [kind]: on } })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Relations</legend>
        {SIGNS.map(({ key, label }) => (
          <Checkbox
            key={key}
            label={label}
            checked={filters.signs[key]}
            onChange={(on) => setFilters({ signs: { ...filters.signs, [key]: on } })}
          />
        ))}
        <label className="range-field">
          <span>
            Minimum weight <span className="num">{filters.minWeight.toFixed(2)}</span>
          </span>
          <input
            type="range"
            min={0}
            max={0.9}
            step={0.05}
            value={filters.minWeight}
            onChange={(e) => setFilters({ minWeight: Number(e.target.value) })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Events counted</legend>
        {CATEGORIES.map(({ key, label, hint }) => (
          <Checkbox
            key={key}
            label={label}
            hint={hint}
            checked={filters.categories[key]}
            onChange={(on) => setFilters({ categories: { ...filters.categories, [key]: on } })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Ties</legend>
        <Checkbox
          label="Memberships, leaders, treaties and wars"
          checked={filters.ties}
          onChange={(on) => setFilters({ ties: on })}
        />
      </fieldset>
      <ModelSettings />
      <button type="button" onClick={reset} disabled={!filtersActive(filters)}>
        Show everything
      </button>
    </form>
  );
}
