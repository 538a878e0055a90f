import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';

const selectNotices = (s: EntenteState) => ({
  notices: s.notices,
  dismiss: s.dismissNotice,
  undoOffer: s.undoOffer,
  takeUndo: s.takeUndo,
  dismissUndo: s.dismissUndo,
  link: s.libraryReady ? s.pendingLink : null,
  openOnBuiltIn: s.openPendingLinkOnBuiltIn,
  dismissLink: s.dismissPendingLink,
});

/** Messages for the user (a bad share link, dataset warnings, a move they can undo); each can be dismissed. */
export function Notices() {
  const { notices, dismiss, undoOffer, takeUndo, dismissUndo, link, openOnBuiltIn, dismissLink } = useEntente(
    useShallow(selectNotices),
  );
  if (!notices.length && !undoOffer && !link) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {link && (
        <p className="notice" role="alert" data-testid="link-dataset-notice">
          <span>
            This link is for the dataset “{link.name}”, which is not in this browser. If you have its file,
            import it and the link opens on it.
          </span>
          <span className="notice-actions">
            <button type="button" onClick={() => void openOnBuiltIn()}>
              Open the built-in dataset
            </button>
            <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={dismissLink}>
              ×
            </button>
          </span>
        </p>
      )}
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
