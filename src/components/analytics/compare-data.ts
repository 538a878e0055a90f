import type { DatasetIndex } from '../../model';
import { type SnapshotDiff, diffSnapshots } from '../../model/analytics';

// Diffs are remembered per index and date pair: the graph overlay and the table ask for the same one.
const cache = new WeakMap<DatasetIndex, Map<string, SnapshotDiff>>();

export function diffFor(index: DatasetIndex, from: number, to: number): SnapshotDiff {
  let byDates = cache.get(index);
  if (!byDates) cache.set(index, (byDates = new Map()));
  const key = `${from}:${to}`;
  let diff = byDates.get(key);
  if (!diff) {
    diff = diffSnapshots(index, from, to);
    if (byDates.size > 20) byDates.clear();
    byDates.set(key, diff);
  }
  return diff;
}
