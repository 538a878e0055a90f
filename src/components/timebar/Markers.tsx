import { memo } from 'react';
import type { Span } from '../../model';
import type { TimeMarker } from '../../model/histogram';
import { fractionOf } from './scale';

const SYMBOL: Record<TimeMarker['kind'], string> = {
  event: 'marker-event',
  war: 'marker-war',
  treaty: 'marker-treaty',
  alliance: 'marker-treaty',
};

/** Ticks for major events and the start of wars and treaties; a click jumps there, hover explains. */
export const Markers = memo(function Markers({
  markers,
  span,
  onPick,
}: {
  markers: TimeMarker[];
  span: Span;
  onPick: (day: number) => void;
}) {
  return (
    <div className="markers" aria-label="Major events">
      {markers.map((m) => (
        <button
          key={m.id}
          type="button"
          tabIndex={-1}
          className={`marker ${SYMBOL[m.kind]}`}
          style={{ left: `${fractionOf(span, m.day) * 100}%` }}
          title={m.title}
          aria-label={m.title}
          onClick={() => onPick(m.day)}
        />
      ))}
    </div>
  );
});
