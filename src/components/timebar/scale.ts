import { addMonths, formatMonth } from '../../model';

const DAY_MS = 86_400_000;

/** Whole months from `origin`'s month to `day`'s month: the slider's value, so it moves by months. */
export function monthIndex(origin: number, day: number): number {
  const a = new Date(origin * DAY_MS);
  const b = new Date(day * DAY_MS);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

/** The day `months` away from `from`'s month, keeping its day of month (clamped by addMonths). */
export function moveToMonth(origin: number, from: number, month: number): number {
  return addMonths(from, month - monthIndex(origin, from));
}

/** Fraction (0..1) of the span at which a day sits, for placing bars, markers and the window band. */
export function fractionOf(span: { start: number; end: number }, day: number): number {
  const width = Math.max(1, span.end - span.start);
  return Math.min(1, Math.max(0, (day - span.start) / width));
}

/** Year ticks for the axis: a round step that gives at most about `most` labels. */
export function yearTicks(span: { start: number; end: number }, most = 14): { day: number; label: string }[] {
  const y0 = Number(formatMonth(span.start).slice(0, 4));
  const y1 = Number(formatMonth(span.end).slice(0, 4));
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (y1 - y0) / s <= most) ?? 200;
  const ticks: { day: number; label: string }[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const day = Math.round(Date.UTC(y, 0, 1) / DAY_MS);
    if (day >= span.start && day <= span.end) ticks.push({ day, label: String(y) });
  }
  return ticks;
}
