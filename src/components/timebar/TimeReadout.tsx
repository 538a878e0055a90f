import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay, parseDateInput } from '../../model';
import { type EntenteState, useEntente } from '../../store';

const selectReadout = (s: EntenteState) => ({
  time: s.time,
  mode: s.mode,
  windowFrom: s.windowFrom,
  span: s.index.span,
  setTime: s.setTime,
});

/**
 * The date shown, and a box to type one: 1971-12-03, 1971-12 or 1971, then Enter, moves the graph
 * there (in window mode it moves the window's end). A refusal says why under the box and marks it
 * invalid; Escape or leaving the box puts the current date back. Not an <output>: the slider and the
 * status line already announce time changes.
 */
export function TimeReadout() {
  const { time, mode, windowFrom, span, setTime } = useEntente(useShallow(selectReadout));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const windowed = mode === 'window';

  const reset = () => {
    setDraft(null);
    setError(null);
  };
  const go = () => {
    if (draft === null) return;
    const result = parseDateInput(draft, span);
    if (!result.ok) return setError(result.message);
    setTime(result.day);
    reset();
  };

  return (
    <div className={`time-date${windowed ? ' is-window' : ''}`} data-testid="time-date">
      {windowed ? (
        <>
          <span className="time-from">{formatDay(windowFrom)}</span>
          <span aria-hidden="true"> → </span>
        </>
      ) : null}
      <input
        className="date-input"
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        size={10}
        maxLength={40}
        aria-label={
          windowed ? 'Window end date (type a date, Enter to go)' : 'Date (type a date, Enter to go)'
        }
        title="Type 1971-12-03, 1971-12 or 1971 and press Enter"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? formatDay(time)}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go();
          } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
            // Only this box's Escape: a second one may still leave the story.
            e.preventDefault();
            e.stopPropagation();
            reset();
          }
        }}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
      />
      {/* Always in the page, so screen readers hear the message when it appears. */}
      <p id={errorId} className="date-error" role="status">
        {error}
      </p>
    </div>
  );
}
