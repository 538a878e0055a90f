import { useShallow } from 'zustand/react/shallow';
import { formatDay, formatMonth } from '../model';
import { type EntenteState, useEntente } from '../store';

const selectTime = (s: EntenteState) => ({
  time: s.time,
  start: s.index.span.start,
  end: s.index.span.end,
  setTime: s.setTime,
  stepMonths: s.stepMonths,
});

/** The time slider: month resolution, arrows step a month, shift+arrows a year. */
export function TimeBar() {
  const { time, start, end, setTime, stepMonths } = useEntente(useShallow(selectTime));
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const step = event.shiftKey ? 12 : 1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') stepMonths(step);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') stepMonths(-step);
    else if (event.key === 'PageUp') stepMonths(12);
    else if (event.key === 'PageDown') stepMonths(-12);
    else if (event.key === 'Home') setTime(start);
    else if (event.key === 'End') setTime(end);
    else return;
    event.preventDefault();
  };
  return (
    <div className="time-bar">
      <label htmlFor="time-slider" className="time-label">
        Time <output>{formatMonth(time)}</output>
      </label>
      <input
        id="time-slider"
        type="range"
        min={start}
        max={end}
        step={1}
        value={time}
        aria-valuetext={formatDay(time)}
        onChange={(e) => setTime(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
