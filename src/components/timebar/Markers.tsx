import { memo, useId, useMemo, useRef, useState } from 'react';
import { type MarkerCluster, type Span, clusterMarkers } from '../../model';
import type { TimeMarker } from '../../model/histogram';
import { MarkerTip, tipAlign } from './MarkerTip';
import { useWidth } from './useWidth';
import './markers.css';

export const MARKER_CLASS: Record<TimeMarker['kind'], string> = {
  event: 'marker-event',
  war: 'marker-war',
  treaty: 'marker-treaty',
  alliance: 'marker-treaty',
};

/**
 * Markers whose centres are closer than this share one cluster button (a marker is 12 px wide); on a
 * touch screen each marker is a 44 px target (time-bar-layout.css), so they cluster at 44 px.
 */
const GAP_PX = 16;
const TOUCH_GAP_PX = 44;
const coarsePointer = () => Boolean(globalThis.window?.matchMedia?.('(pointer: coarse)').matches);

/** "2 events on 1993-01-28" or "3 events, 1971-03-26 to 1971-12-16". */
export function clusterLabel(items: readonly { date: string }[]): string {
  const first = items[0].date;
  const last = items[items.length - 1].date;
  return first === last
    ? `${items.length} events on ${first}`
    : `${items.length} events, ${first} to ${last}`;
}

type Open = { key: string; pinned: boolean } | null;

/**
 * Markers for major events and the start of wars, treaties and alliances. Markers that would overlap
 * are drawn as one cluster with a count that opens its list on hover, focus or click. The row is a
 * toolbar: Tab enters it once, ←/→ move between markers, Enter picks (time jumps there), Escape closes.
 */
export const Markers = memo(function Markers({
  markers,
  span,
  onPick,
}: {
  markers: TimeMarker[];
  span: Span;
  onPick: (day: number) => void;
}) {
  const row = useRef<HTMLDivElement>(null);
  const width = useWidth(row);
  const gap = coarsePointer() ? TOUCH_GAP_PX : GAP_PX;
  const clusters = useMemo(() => clusterMarkers(markers, span, width, gap), [markers, span, width, gap]);
  const [open, setOpen] = useState<Open>(null);
  const [current, setCurrent] = useState(0);
  const focusable = Math.min(current, clusters.length - 1);
  const tipBase = useId();

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(null);
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || !(event.target as HTMLElement).classList.contains('marker')) return;
    event.preventDefault();
    const next = Math.min(clusters.length - 1, Math.max(0, focusable + step));
    setCurrent(next);
    row.current?.querySelectorAll<HTMLElement>(':scope > .marker-slot > .marker')[next]?.focus();
  };

  return (
    <div className="markers" role="toolbar" aria-label="Major events" ref={row} onKeyDown={onKeyDown}>
      {clusters.map((cluster, i) => (
        <Slot
          key={cluster.key}
          cluster={cluster}
          tipId={`${tipBase}-${i}`}
          align={tipAlign(cluster.x, width)}
          tabbable={i === focusable}
          open={open?.key === cluster.key ? open : null}
          setOpen={setOpen}
          onFocus={() => setCurrent(i)}
          onPick={onPick}
        />
      ))}
    </div>
  );
});

function Slot({
  cluster,
  tipId,
  align,
  tabbable,
  open,
  setOpen,
  onFocus,
  onPick,
}: {
  cluster: MarkerCluster<TimeMarker>;
  tipId: string;
  align: ReturnType<typeof tipAlign>;
  tabbable: boolean;
  open: Open;
  setOpen: (open: Open | ((o: Open) => Open)) => void;
  onFocus: () => void;
  onPick: (day: number) => void;
}) {
  const { key, items, x } = cluster;
  const show = () => setOpen((o) => (o?.key === key ? o : { key, pinned: false }));
  const hide = () => setOpen((o) => (o?.key === key && !o.pinned ? null : o));
  const single = items.length === 1;
  const first = items[0];
  return (
    <span
      className={`marker-slot tip-${align}`}
      style={{ left: `${x}px` }}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={() => {
        onFocus();
        show();
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null))
          setOpen((o) => (o?.key === key ? null : o));
      }}
    >
      {single ? (
        <button
          type="button"
          className={`marker ${MARKER_CLASS[first.kind]}`}
          tabIndex={tabbable ? 0 : -1}
          aria-label={first.title}
          aria-describedby={open ? tipId : undefined}
          onClick={() => onPick(first.day)}
        />
      ) : (
        <button
          type="button"
          className="marker marker-cluster"
          tabIndex={tabbable ? 0 : -1}
          aria-label={clusterLabel(items)}
          aria-expanded={open !== null}
          onClick={() => setOpen(open?.pinned ? null : { key, pinned: true })}
        >
          {items.length}
        </button>
      )}
      {open && single && <MarkerTip id={tipId} marker={first} align={align} />}
      {open && !single && (
        <ul className={`marker-list tip-${align}`} aria-label={`${items.length} events`}>
          {items.map((m) => (
            <li key={m.id}>
              <button type="button" className="marker-item" onClick={() => onPick(m.day)}>
                <span className={`marker-swatch ${MARKER_CLASS[m.kind]}`} aria-hidden="true" />
                <strong>{m.date}</strong> {m.text}
                {m.cite && <cite>{m.cite}</cite>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
