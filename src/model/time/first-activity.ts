import type { DatasetIndex } from './dataset-index';

/**
 * Where to go when nothing is drawn at `day`: the next day after it with an event or the start of a
 * tie, else the first such day of the dataset (null for a dataset with neither), clamped to the span.
 * The graph's empty state offers it as "jump to the first date with relations".
 */
export function dateWithRelations(index: DatasetIndex, day: number): number | null {
  let first = Infinity;
  let next = Infinity;
  const consider = (d: number) => {
    if (d < first) first = d;
    if (d > day && d < next) next = d;
  };
  const days = index.columns.days;
  for (let k = 0; k < days.length; k++) consider(days[k]);
  for (const { span } of index.ties)
    if (Number.isFinite(span.start) && span.start > -1e8) consider(span.start);
  const found = Number.isFinite(next) ? next : first;
  if (!Number.isFinite(found)) return null;
  return Math.min(index.span.end, Math.max(index.span.start, found));
}
