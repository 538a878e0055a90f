import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_ENGINE_OPTIONS } from '../../model';
import { type EntenteState, useEntente } from '../../store';
import { Checkbox } from './Checkbox';

const HALF_LIVES = [1, 2, 3, 5, 8, 12];

const selectModel = (s: EntenteState) => ({
  halfLife: s.index.options.halfLifeYears,
  standing: Object.keys(s.index.options.standing).length > 0,
  setEngineOptions: s.setEngineOptions,
});

/** The two choices the relation model rests on, so a reader can test how much a picture depends on them. */
export function ModelSettings() {
  const { halfLife, standing, setEngineOptions } = useEntente(useShallow(selectModel));
  return (
    <fieldset>
      <legend>Relation model</legend>
      <label className="select-field">
        <span>Half-life of an event</span>
        <select
          value={halfLife}
          onChange={(e) => setEngineOptions({ halfLifeYears: Number(e.target.value) })}
        >
          {HALF_LIVES.map((years) => (
            <option key={years} value={years}>
              {years} {years === 1 ? 'year' : 'years'}
              {years === DEFAULT_ENGINE_OPTIONS.halfLifeYears ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <Checkbox
        label="Alliances, treaties, rivalries and wars in force count"
        hint="a tie in force adds a standing score to its pair's relation (see docs/MODEL.md)"
        checked={standing}
        onChange={(on) => setEngineOptions({ standing: on ? DEFAULT_ENGINE_OPTIONS.standing : {} })}
      />
    </fieldset>
  );
}
