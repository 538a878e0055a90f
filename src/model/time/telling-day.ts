import type { DatasetIndex } from './dataset-index';

/** Width of the windows compared when looking for the busiest period (a year of days). */
const PERIOD_DAYS = 365;

/**
 * The date a dataset without an opening date of its own opens on: the last day of its busiest year
 * (the period with the most events, counted in windows of PERIOD_DAYS from the span's start), when the
 * relations of that period are in force. With no events, the span's end. The first day, where an
 * imported event table usually has one relation over a spiral of dots, tells nothing.
 */
export function tellingDay(index: Pick<DatasetIndex, 'pairs' | 'span'>): number {
  const { start, end } = index.span;
  const periods = Math.max(1, Math.ceil((end - start + 1) / PERIOD_DAYS));
  const counts = new Uint32Array(periods);
  let any = false;
  for (const pair of index.pairs) {
    for (const day of pair.days) {
      if (day < start || day > end) continue;
      counts[Math.min(periods - 1, Math.floor((day - start) / PERIOD_DAYS))]++;
      any = true;
    }
  }
  if (!any) return end;
  let busiest = 0;
  for (let k = 1; k < periods; k++) if (counts[k] > counts[busiest]) busiest = k;
  return Math.min(end, start + (busiest + 1) * PERIOD_DAYS - 1);
}
