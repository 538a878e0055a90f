import { useShallow } from 'zustand/react/shallow';
import { addMonths } from '../../model';
import { type EntenteState, type TimeMode, useEntente } from '../../store';

const selectMode = (s: EntenteState) => ({
  time: s.time,
  mode: s.mode,
  windowFrom: s.windowFrom,
  start: s.index.span.start,
  setMode: s.setMode,
  setWindowFrom: s.setWindowFrom,
});

const MODES: { value: TimeMode; label: string; title: string }[] = [
  { value: 'point', label: 'Point', title: 'Relations as they stand at one date (older events fade)' },
  { value: 'window', label: 'Window', title: 'Only events inside a date range, summed without fading' },
];

/** Point in time (decayed history) or a window (plain sum of the events inside a range). */
export function ModeSwitch() {
  const { time, mode, windowFrom, start, setMode, setWindowFrom } = useEntente(useShallow(selectMode));
  const choose = (next: TimeMode) => {
    // A fresh window covers the five years up to now rather than nothing or everything.
    const unset = windowFrom <= start || windowFrom >= time;
    if (next === 'window' && unset) setWindowFrom(Math.max(start, addMonths(time, -60)));
    setMode(next);
  };
  return (
    <div className="segmented" role="group" aria-label="Time mode">
      {MODES.map(({ value, label, title }) => (
        <button
          key={value}
          type="button"
          aria-pressed={mode === value}
          title={title}
          onClick={() => choose(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
