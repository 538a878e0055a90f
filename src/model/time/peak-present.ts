import type { DatasetIndex } from './dataset-index';

/**
 * The most actors that exist at one time over the dataset's span (a sweep over their start and end
 * days; an end day still counts). What decides whether a dataset opens grouped: a set that opens on a
 * quiet first day and fills up as it plays would otherwise start ungrouped and stutter once it plays.
 */
export function peakActorsPresent(index: Pick<DatasetIndex, 'actorStart' | 'actorEnd'>): number {
  const n = index.actorStart.length;
  const starts = Float64Array.from(index.actorStart).sort();
  const ends = Float64Array.from(index.actorEnd).sort();
  let peak = 0;
  let present = 0;
  for (let i = 0, j = 0; i < n; i++) {
    while (j < n && ends[j] < starts[i]) {
      j++;
      present--;
    }
    present++;
    if (present > peak) peak = present;
  }
  return peak;
}
