import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../model';
import { type EntenteState, useEntente } from '../../store';
import { DateBox } from './DateBox';

const selectReadout = (s: EntenteState) => ({
  time: s.time,
  mode: s.mode,
  windowFrom: s.windowFrom,
  span: s.index.span,
  setTime: s.setTime,
  setWindowFrom: s.setWindowFrom,
});

/**
 * The date shown, as boxes to type a date in (DateBox): the date itself, or in window mode the
 * window's start and end. A start after the end is refused, saying why. Not an <output>: the slider
 * and the status line already announce time changes.
 */
export function TimeReadout() {
  const { time, mode, windowFrom, span, setTime, setWindowFrom } = useEntente(useShallow(selectReadout));
  const windowed = mode === 'window';
  return (
    <div className={`time-date${windowed ? ' is-window' : ''}`} data-testid="time-date">
      {windowed && (
        <>
          <DateBox
            day={windowFrom}
            span={span}
            className="time-from"
            label="Window start date (type a date, Enter to go)"
            onGo={(day) => {
              if (day > time) return `The window must start on or before its end, ${formatDay(time)}.`;
              setWindowFrom(day);
            }}
          />
          <span aria-hidden="true"> → </span>
        </>
      )}
      <DateBox
        day={time}
        span={span}
        label={windowed ? 'Window end date (type a date, Enter to go)' : 'Date (type a date, Enter to go)'}
        onGo={(day) => {
          setTime(day);
        }}
      />
    </div>
  );
}
