import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay, snapToMarker } from '../../model';
import { eventHistogram, timeMarkers } from '../../model/histogram';
import { type EntenteState, selectIndex, useEntente } from '../../store';
import { Axis } from './Axis';
import { Histogram } from './Histogram';
import { Markers } from './Markers';
import { fractionOf, monthIndex, moveToMonth } from './scale';

const selectTrack = (s: EntenteState) => ({
  index: selectIndex(s),
  time: s.time,
  mode: s.mode,
  windowFrom: s.windowFrom,
  setTime: s.setTime,
  setWindowFrom: s.setWindowFrom,
  stepMonths: s.stepMonths,
});

/** How close (in pixels) the pointer must come to a marker for a drag to snap to it. */
export const SNAP_PX = 6;

/** Keys shared by both handles: arrows a month, shift+arrows or page keys a year, home/end the ends. */
function monthsForKey(event: React.KeyboardEvent): number | 'start' | 'end' | null {
  const step = event.shiftKey ? 12 : 1;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return step;
    case 'ArrowLeft':
    case 'ArrowDown':
      return -step;
    case 'PageUp':
      return 12;
    case 'PageDown':
      return -12;
    case 'Home':
      return 'start';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

/** Histogram, markers and the slider handle(s), all on one horizontal scale. */
export function TimeTrack() {
  const { index, time, mode, windowFrom, setTime, setWindowFrom, stepMonths } = useEntente(
    useShallow(selectTrack),
  );
  const { span } = index;
  const bins = useMemo(() => eventHistogram(index.dataset.events, span), [index.dataset.events, span]);
  const markers = useMemo(() => timeMarkers(index), [index]);
  const markerDays = useMemo(() => markers.map((m) => m.day), [markers]);
  const last = monthIndex(span.start, span.end);
  const windowed = mode === 'window';
  const dragging = useRef(false);

  // A pointer drag lands on an event marker when it passes within SNAP_PX of it; keys never snap.
  const onTimeInput = (event: React.ChangeEvent<HTMLInputElement>) => {
    const day = moveToMonth(span.start, time, Number(event.target.value));
    const width = event.target.getBoundingClientRect().width;
    if (!dragging.current || width <= 0) return setTime(day);
    setTime(snapToMarker(day, markerDays, (SNAP_PX * (span.end - span.start)) / width));
  };

  const onTimeKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    // [ and ] jump to the previous / next major event, the keyboard's way to the markers.
    if (event.key === '[' || event.key === ']') {
      event.preventDefault();
      const next =
        event.key === ']'
          ? markers.find((m) => m.day > time)
          : [...markers].reverse().find((m) => m.day < time);
      if (next) setTime(next.day);
      return;
    }
    const move = monthsForKey(event);
    if (move === null) return;
    event.preventDefault();
    if (move === 'start') setTime(span.start);
    else if (move === 'end') setTime(span.end);
    else stepMonths(move);
  };
  const onFromKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const move = monthsForKey(event);
    if (move === null) return;
    event.preventDefault();
    if (move === 'start') setWindowFrom(span.start);
    else if (move === 'end') setWindowFrom(time);
    else setWindowFrom(moveToMonth(span.start, windowFrom, monthIndex(span.start, windowFrom) + move));
  };

  return (
    <div className={`time-track${windowed ? ' windowed' : ''}`}>
      <Markers markers={markers} span={span} onPick={setTime} />
      <div className="track-body">
        <Histogram bins={bins} span={span} />
        {windowed && (
          <div
            className="window-band"
            style={{
              left: `${fractionOf(span, windowFrom) * 100}%`,
              width: `${(fractionOf(span, time) - fractionOf(span, windowFrom)) * 100}%`,
            }}
          />
        )}
        {windowed && (
          <input
            type="range"
            className="range range-from"
            aria-label="Window start"
            min={0}
            max={last}
            step={1}
            value={monthIndex(span.start, windowFrom)}
            aria-valuetext={formatDay(windowFrom)}
            onChange={(e) => setWindowFrom(moveToMonth(span.start, windowFrom, Number(e.target.value)))}
            onKeyDown={onFromKey}
          />
        )}
        <input
          id="time-slider"
          type="range"
          className="range range-time"
          aria-label="Time"
          aria-keyshortcuts="[ ]"
          title="Arrows: a month; shift+arrows: a year; [ and ]: previous / next major event; space: play"
          min={0}
          max={last}
          step={1}
          value={monthIndex(span.start, time)}
          aria-valuetext={formatDay(time)}
          onChange={onTimeInput}
          onPointerDown={() => {
            dragging.current = true;
          }}
          onPointerUp={() => {
            dragging.current = false;
          }}
          onPointerCancel={() => {
            dragging.current = false;
          }}
          onKeyDown={onTimeKey}
        />
      </div>
      <Axis span={span} />
    </div>
  );
}
