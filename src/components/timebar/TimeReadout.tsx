import { useShallow } from 'zustand/react/shallow';
import { addMonths, formatDay } from '../../model';
import { type EntenteState, type TimeMode, useEntente } from '../../store';

const selectReadout = (s: EntenteState) => ({
  time: s.time,
  mode: s.mode,
  windowFrom: s.windowFrom,
  start: s.index.span.start,
  setMode: s.setMode,
  setWindowFrom: s.setWindowFrom,
});

/** The date(s) shown, in fixed-width digits so nothing moves while scrubbing, and the mode switch. */
export function TimeReadout() {
  const { time, mode, windowFrom, start, setMode, setWindowFrom } = useEntente(useShallow(selectReadout));
  const choose = (next: TimeMode) => {
    // A fresh window covers the five years up to now rather than nothing.
    const unset = windowFrom <= start || windowFrom >= time;
    if (next === 'window' && unset) setWindowFrom(Math.max(start, addMonths(time, -60)));
    setMode(next);
  };
  return (
    <div className="time-readout">
      {/* Not an <output>: that is a live region, and the slider and status line already speak. */}
      <div className="time-date" data-testid="time-date">
        {mode === 'window' ? (
          <>
            <span className="time-from">{formatDay(windowFrom)}</span>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> to </span>
          </>
        ) : null}
        {formatDay(time)}
      </div>
      <div className="segmented" role="group" aria-label="Time mode">
        <button
          type="button"
          aria-pressed={mode === 'point'}
          title="Relations as they stand at one date (older events fade)"
          onClick={() => choose('point')}
        >
          Point
        </button>
        <button
          type="button"
          aria-pressed={mode === 'window'}
          title="Only events inside a date range, summed without fading"
          onClick={() => choose('window')}
        >
          Window
        </button>
      </div>
    </div>
  );
}
