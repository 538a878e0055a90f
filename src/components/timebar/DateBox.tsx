import { useId, useState } from 'react';
import { type Span, formatDay, parseDateInput } from '../../model';

/**
 * A date that can be typed: 1971-12-03, 1971-12 or 1971, then Enter, calls `onGo` with the first day
 * of that period, which may refuse with a message. A refusal is shown under the box and marks it
 * invalid; Escape or leaving the box puts the current date back.
 */
export function DateBox({
  day,
  span,
  label,
  className = '',
  onGo,
}: {
  day: number;
  span: Span;
  label: string;
  className?: string;
  /** Moves there, or returns why not. */
  onGo: (day: number) => string | void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const reset = () => {
    setDraft(null);
    setError(null);
  };
  const go = () => {
    if (draft === null) return;
    const result = parseDateInput(draft, span);
    if (!result.ok) return setError(result.message);
    const refusal = onGo(result.day);
    if (refusal) return setError(refusal);
    reset();
  };

  return (
    <span className={`date-box ${className}`}>
      <input
        className="date-input"
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        size={10}
        maxLength={40}
        aria-label={label}
        title="Type 1971-12-03, 1971-12 or 1971 and press Enter"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? formatDay(day)}
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
      <span id={errorId} className="date-error" role="status">
        {error}
      </span>
    </span>
  );
}
