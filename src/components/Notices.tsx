import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';

const selectNotices = (s: EntenteState) => ({
  notices: s.notices,
  dismiss: s.dismissNotice,
  undoOffer: s.undoOffer,
  takeUndo: s.takeUndo,
  dismissUndo: s.dismissUndo,
});

/** Messages for the user (a bad share link, dataset warnings, a move they can undo); each can be dismissed. */
export function Notices() {
  const { notices, dismiss, undoOffer, takeUndo, dismissUndo } = useEntente(useShallow(selectNotices));
  if (!notices.length && !undoOffer) return null;
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
      {undoOffer && (
        <p className="notice notice-info" role="status">
          <span>{undoOffer.text}</span>
          <span className="notice-actions">
            <button type="button" onClick={takeUndo}>
              Undo
            </button>
            <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={dismissUndo}>
              ×
            </button>
          </span>
        </p>
      )}
    </div>
  );
}
