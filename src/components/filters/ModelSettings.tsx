import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../../model';
import { type EntenteState, useEntente } from '../../store';
import { Checkbox } from './Checkbox';

const HALF_LIVES = [1, 2, 3, 4, 5, 6, 8, 12];
const KAPPAS = [0.5, 1, 2, 4, 8];
const CONFLICT_WEIGHTS = [1, 1.5, 2, 3];

const selectModel = (s: EntenteState) => ({
  halfLife: s.index.options.halfLifeYears,
  kappa: s.index.options.kappa,
  conflictWeight: s.index.options.conflictWeight,
  standing: Object.keys(s.index.options.standing).length > 0,
  setEngineOptions: s.setEngineOptions,
});

function NumberSelect({
  label,
  value,
  values,
  option,
  unit = () => '',
  onChange,
}: {
  label: string;
  value: number;
  values: number[];
  option: keyof EngineOptions;
  /** The unit after a value, e.g. " years" (a function, for "1 year" against "2 years"). */
  unit?: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const choices = values.includes(value) ? values : [...values, value].sort((x, y) => x - y);
  return (
    <label className="select-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((v) => (
          <option key={v} value={v}>
            {v}
            {unit(v)}
            {v === DEFAULT_ENGINE_OPTIONS[option] ? ' (default)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The choices the relation model rests on, so a reader can test how much a picture depends on them. */
export function ModelSettings() {
  const { halfLife, kappa, conflictWeight, standing, setEngineOptions } = useEntente(useShallow(selectModel));
  return (
    <fieldset>
      <legend>Relation model</legend>
      <NumberSelect
        label="Half-life of an event"
        value={halfLife}
        values={HALF_LIVES}
        option="halfLifeYears"
        unit={(v) => (v === 1 ? ' year' : ' years')}
        onChange={(halfLifeYears) => void setEngineOptions({ halfLifeYears })}
      />
      <NumberSelect
        label="Weight of the baseline (κ)"
        value={kappa}
        values={KAPPAS}
        option="kappa"
        onChange={(k) => void setEngineOptions({ kappa: k })}
      />
      <NumberSelect
        label="Weight of a conflict event"
        value={conflictWeight}
        values={CONFLICT_WEIGHTS}
        option="conflictWeight"
        unit={() => '×'}
        onChange={(w) => void setEngineOptions({ conflictWeight: w })}
      />
      <Checkbox
        label="Lasting states set a baseline"
        hint="alliances, treaties, alignments, patronage, rivalries, wars, estrangements and proxy contests in force set the tone a relation returns to (see docs/MODEL.md)"
        checked={standing}
        onChange={(on) => void setEngineOptions({ standing: on ? DEFAULT_ENGINE_OPTIONS.standing : {} })}
      />
    </fieldset>
  );
}
