import type { TimeMarker } from '../../model/histogram';
import { readableDate } from '../../model';

/** Which way the tip extends, so it stays on screen at either end of the track. */
export type TipAlign = 'start' | 'middle' | 'end';

export function tipAlign(x: number, width: number): TipAlign {
  if (x < 140) return 'start';
  if (x > width - 140) return 'end';
  return 'middle';
}

/** The tooltip of one marker: date, what happened and where it is written. */
export function MarkerTip({ id, marker, align }: { id: string; marker: TimeMarker; align: TipAlign }) {
  return (
    <span role="tooltip" id={id} className={`marker-tip tip-${align}`}>
      <strong>{readableDate(marker.date)}</strong>
      <span>{marker.text}</span>
      {marker.cite && <cite>{marker.cite}</cite>}
    </span>
  );
}
