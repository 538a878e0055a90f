import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';

const selectNotices = (s: EntenteState) => ({ notices: s.notices, dismiss: s.dismissNotice });

/** Messages for the user (a bad share link, dataset warnings); each can be dismissed. */
export function Notices() {
  const { notices, dismiss } = useEntente(useShallow(selectNotices));
  if (!notices.length) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((text, i) => (
        <p key={`${i}:${text}`} className="notice">
          <span>{text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss notice"
            onClick={() => dismiss(i)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
