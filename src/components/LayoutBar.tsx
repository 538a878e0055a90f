import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';
import { formatCount } from '../model/format-count';

const selectLayoutBar = (s: EntenteState) => ({
  status: s.layoutStatus,
  undo: s.layoutUndo,
  cancel: s.cancelLayout,
  undoLayout: s.undoLayout,
  setUndo: s.setLayoutUndo,
});

/**
 * Over the graph: the running layout's progress with Cancel, or after a re-layout or an arrangement,
 * an Undo (also Ctrl/⌘+Z). The rest of the page stays usable meanwhile: the layout runs in a worker.
 */
export function LayoutBar() {
  const { status, undo, cancel, undoLayout, setUndo } = useEntente(useShallow(selectLayoutBar));
  if (status) {
    const percent = status.total ? Math.round((100 * status.done) / status.total) : 0;
    const what = status.purpose === 'date' ? 'Arranging' : 'Laying out';
    return (
      <div
        className="layout-bar"
        data-graph-overlay="layout"
        role="status"
        aria-live="polite"
        data-testid="layout-progress"
      >
        <span>
          {what} {formatCount(status.actors)} actors… <span className="layout-percent">{percent}%</span>
        </span>
        <progress max={status.total || 1} value={status.done} aria-label="Layout progress" />
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (!undo) return null;
  return (
    <div className="layout-bar" data-graph-overlay="layout" role="status" aria-live="polite">
      <span>{undo} done.</span>
      <button type="button" onClick={undoLayout} title="Undo (Ctrl+Z / ⌘Z)">
        Undo
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setUndo(null)}>
        ×
      </button>
    </div>
  );
}
