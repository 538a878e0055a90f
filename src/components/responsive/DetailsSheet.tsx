import { useEffect, useRef, useState } from 'react';
import { useEntente } from '../../store';
import { graphHandle } from '../graph/GraphView';
import { SidePanel } from '../SidePanel';
import { keepInView, whenCameraStill } from './keep-in-view';
import { isNarrow } from './narrow';

/** Share of the workspace the open sheet covers, as dragged; the limits keep a strip of graph. */
export const SHEET_DEFAULT = 0.55;
const SHEET_MIN = 0.25;
const SHEET_MAX = 0.9;
/** A drag that ends below this share closes the sheet. */
const SHEET_CLOSE_BELOW = 0.18;
const KEY_STEP = 0.1;

const clamp = (f: number) => Math.min(SHEET_MAX, Math.max(SHEET_MIN, f));

/**
 * The details panel (inspector, filters, analytics). On a wide screen it is the column right of the
 * graph and the sheet controls are hidden (details-sheet.css). Below 900 px it is a bottom sheet over
 * the graph, above the time bar: its handle is a disclosure button (aria-expanded) that opens and
 * closes it, drags to resize it, and takes ↑/↓ to resize from the keyboard. Selecting something on
 * the graph opens the sheet so the inspector shows, and pans the graph to keep the pick in sight.
 */
export function DetailsSheet() {
  const selection = useEntente((s) => s.selection);
  const panel = useEntente((s) => s.sidePanel);
  const story = useEntente((s) => s.storyChapter !== null);
  const [open, setOpen] = useState(false);
  const [share, setShare] = useState(SHEET_DEFAULT);
  const aside = useRef<HTMLElement>(null);
  const drag = useRef<{ y: number; share: number; moved: boolean } | null>(null);
  const dragged = useRef(false);

  const workspaceHeight = () => aside.current?.parentElement?.clientHeight ?? 0;

  useEffect(() => {
    if (!selection) return;
    setOpen(true);
    if (!isNarrow() || !graphHandle.cy) return;
    const cy = graphHandle.cy;
    // After the sheet has laid out and any camera move has ended: the graph above it is what shows.
    return whenCameraStill(cy, () => keepInView(cy, selection.id, workspaceHeight() * (1 - share)));
    // The pan follows a new selection only, not a later resize of the sheet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    drag.current = { y: e.clientY, share: open ? share : 0, moved: false };
    dragged.current = false;
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const height = workspaceHeight();
    if (!d || !height) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < 6) return;
    d.moved = true;
    setOpen(true);
    setShare(clamp(d.share + dy / height));
  };
  const onPointerUp = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    dragged.current = true;
    const height = workspaceHeight();
    if (height && d.share + (d.y - e.clientY) / height < SHEET_CLOSE_BELOW) setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowUp') {
      if (open) setShare(clamp(share + KEY_STEP));
      setOpen(true);
    } else if (e.key === 'ArrowDown') {
      if (share - KEY_STEP < SHEET_MIN) setOpen(false);
      else setShare(clamp(share - KEY_STEP));
    } else return;
    e.preventDefault();
  };

  return (
    <aside
      ref={aside}
      className={`side-panel details-sheet ${story ? 'sheet-story' : open ? 'sheet-open' : 'sheet-closed'}`}
      aria-label="Details"
      // Over the lower graph on a phone (beside it on a wide screen): the camera measures what it covers.
      data-graph-overlay="sheet"
      style={{ '--sheet-share': share } as React.CSSProperties}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        aria-controls={`panel-${panel}`}
        aria-label="Details panel"
        title="Tap to open or close; drag or press ↑ / ↓ to resize"
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else setOpen(!open);
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={onKeyDown}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      {/* A closed sheet still shows its tabs; choosing one opens it. */}
      <div
        className="sheet-body"
        onClickCapture={(e) => (e.target as HTMLElement).getAttribute('role') === 'tab' && setOpen(true)}
      >
        <SidePanel />
      </div>
    </aside>
  );
}
