import { parseDate } from './dates';
import type { Dataset, Issue } from './types';

/**
 * Dates the app can never show: the time bar runs over the dataset's span (meta.span, else the first to
 * the last event), so an event, an actor's existence, a chapter or `openAt` wholly outside it would load
 * and stay invisible. Each is a warning naming its path; the message is the same for every place of a
 * kind, so an import counts them on one line.
 */
export function spanWarnings(ds: Dataset): Issue[] {
  const span = spanOf(ds);
  if (!span) return [];
  const [start, end] = span;
  const spanText = ds.meta.span
    ? `meta.span, ${ds.meta.span.from} to ${ds.meta.span.to}`
    : 'the span of its events';
  const out: Issue[] = [];
  const warn = (path: string, what: string) =>
    out.push({
      path,
      message: `${what} is outside the dataset's span (${spanText}) and can never be shown`,
      severity: 'warning',
    });
  /** True when the interval [from, to] (open ends allowed) misses the span entirely. */
  const misses = (from?: string, to?: string) => {
    const a = from ? parseDate(from)?.start : undefined;
    const b = to ? parseDate(to)?.end : undefined;
    return (a !== undefined && a > end) || (b !== undefined && b < start);
  };
  const outside = (date: string) => misses(date, date);

  if (ds.meta.span)
    ds.events.forEach((e, i) => outside(e.date) && warn(`$.events[${i}].date`, 'the event date'));
  ds.actors.forEach((a, i) => {
    if (a.exists && misses(a.exists.from, a.exists.to))
      warn(`$.actors[${i}].exists`, "the actor's existence");
  });
  ds.chapters?.forEach((c, i) => {
    if (c.at !== undefined ? outside(c.at) : misses(c.from, c.to))
      warn(`$.chapters[${i}]`, 'the chapter date');
  });
  if (ds.meta.openAt && outside(ds.meta.openAt)) warn('$.meta.openAt', 'meta.openAt');
  return out;
}

function spanOf(ds: Dataset): [number, number] | null {
  if (ds.meta.span) {
    const from = parseDate(ds.meta.span.from);
    const to = parseDate(ds.meta.span.to);
    return from && to ? [from.start, to.end] : null;
  }
  let start = Infinity;
  let end = -Infinity;
  for (const e of ds.events) {
    const d = parseDate(e.date);
    if (!d) continue;
    start = Math.min(start, d.start);
    end = Math.max(end, d.end);
  }
  return Number.isFinite(start) ? [start, end] : null;
}
