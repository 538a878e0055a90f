/**
 * Placing the time bar's markers so none hides another: markers closer than a marker's width on
 * screen are gathered into one cluster (drawn with a count), and dragging the slider snaps to a
 * marker when the pointer is within a few pixels of it.
 */
export interface MarkerCluster<M> {
  /** Stable key: the id of the cluster's first marker. */
  key: string;
  /** Centre of the cluster on the track, in pixels from its left edge. */
  x: number;
  items: M[];
}

interface Placed<M> {
  first: number;
  last: number;
  items: M[];
}

const centre = (c: Placed<unknown>) => (c.first + c.last) / 2;

/**
 * Clusters markers (sorted by day) for a track `widthPx` wide so that the centres of neighbouring
 * clusters are at least `gapPx` apart. One pass with a stack: merging the top two clusters only moves
 * the merged centre right, away from the cluster below, so no earlier merge is ever undone.
 */
export function clusterMarkers<M extends { id: string; day: number }>(
  markers: readonly M[],
  span: { start: number; end: number },
  widthPx: number,
  gapPx: number,
): MarkerCluster<M>[] {
  const days = Math.max(1, span.end - span.start);
  // Multiplied before dividing, and held to the track: width / days first put the span's last day a
  // rounding error past the track's end (1928.0000000000002 of 1928 px).
  const px = (day: number) =>
    Math.min(widthPx, ((Math.min(span.end, Math.max(span.start, day)) - span.start) * widthPx) / days);
  const stack: Placed<M>[] = [];
  for (const marker of markers) {
    const x = px(marker.day);
    let top: Placed<M> = { first: x, last: x, items: [marker] };
    while (stack.length && centre(top) - centre(stack[stack.length - 1]) < gapPx) {
      const below = stack.pop()!;
      top = { first: below.first, last: top.last, items: [...below.items, ...top.items] };
    }
    stack.push(top);
  }
  return stack.map((c) => ({ key: c.items[0].id, x: centre(c), items: c.items }));
}

/**
 * The marker day nearest to `day` when it lies within `toleranceDays`, else `day` itself: the
 * slider's snap while dragging. `markerDays` must be sorted.
 */
export function snapToMarker(day: number, markerDays: readonly number[], toleranceDays: number): number {
  let lo = 0;
  let hi = markerDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (markerDays[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  let best = day;
  let bestDistance = toleranceDays;
  for (const i of [lo - 1, lo]) {
    if (i < 0 || i >= markerDays.length) continue;
    const distance = Math.abs(markerDays[i] - day);
    if (distance <= bestDistance) {
      best = markerDays[i];
      bestDistance = distance;
    }
  }
  return best;
}
