import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../model';
import { type EntenteState, useEntente } from '../../store';

const selectReadout = (s: EntenteState) => ({ time: s.time, mode: s.mode, windowFrom: s.windowFrom });

/**
 * The date(s) shown, in fixed-width digits so nothing moves while scrubbing. Not an <output>: that is
 * a live region, and the slider and the status line already speak.
 */
export function TimeReadout() {
  const { time, mode, windowFrom } = useEntente(useShallow(selectReadout));
  return (
    <div className={`time-date${mode === 'window' ? ' is-window' : ''}`} data-testid="time-date">
      {mode === 'window' ? (
        <>
          <span className="time-from">{formatDay(windowFrom)}</span>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> to </span>
        </>
      ) : null}
      {formatDay(time)}
    </div>
  );
}
