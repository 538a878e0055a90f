import { addMonths, parseDate } from './dates';
import type { DatasetIndex, Span } from './time/dataset-index';
import { labelAt } from './time/dataset-index';
import { citationText } from './citations';
import type { Citation, DatasetEvent } from './types';

/** Events of one period of the time bar, split by the sign of their score. */
export interface HistogramBin {
  /** First day of the period. */
  start: number;
  /** First day of the next period (exclusive end). */
  end: number;
  positive: number;
  negative: number;
  neutral: number;
}

/** A period length that gives the time bar roughly 50-200 bars whatever the span. */
export function binMonthsFor(span: Span): number {
  const years = (span.end - span.start) / 365.25;
  if (years > 40) return 12;
  if (years > 12) return 3;
  return 1;
}

/** First day of the month (or of the year, for yearly bins) holding `day`. */
function alignedStart(day: number, binMonths: number): number {
  const d = new Date(day * 86_400_000);
  const month = binMonths >= 12 ? 0 : d.getUTCMonth() - (d.getUTCMonth() % binMonths);
  return Math.round(Date.UTC(d.getUTCFullYear(), month, 1) / 86_400_000);
}

/**
 * Counts events per period over the span, each placed on the middle of its date's period (as the
 * engine places it). Events outside the span are left out.
 */
export function eventHistogram(
  events: readonly DatasetEvent[],
  span: Span,
  binMonths = binMonthsFor(span),
): HistogramBin[] {
  const bins: HistogramBin[] = [];
  if (span.end < span.start) return bins;
  for (let start = alignedStart(span.start, binMonths); start <= span.end;) {
    const end = addMonths(start, binMonths);
    bins.push({ start, end, positive: 0, negative: 0, neutral: 0 });
    start = end;
  }
  // Events share dates (a monthly feed has one per month): each distinct date is parsed once.
  const dayOf = new Map<string, number | undefined>();
  for (const event of events) {
    let day = dayOf.get(event.date);
    if (day === undefined && !dayOf.has(event.date)) {
      day = parseDate(event.date)?.mid;
      dayOf.set(event.date, day);
    }
    if (day === undefined || day < span.start || day > span.end) continue;
    const bin = bins[findBin(bins, day)];
    if (event.score > 0) bin.positive++;
    else if (event.score < 0) bin.negative++;
    else bin.neutral++;
  }
  return bins;
}

function findBin(bins: HistogramBin[], day: number): number {
  let lo = 0;
  let hi = bins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (bins[mid].start <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export type MarkerKind = 'event' | 'war' | 'treaty' | 'alliance';

/** Something worth a tick on the time bar: a major event, or the start of a war, treaty or alliance. */
export interface TimeMarker {
  id: string;
  day: number;
  kind: MarkerKind;
  /** Accessible name: the date and what happened. */
  title: string;
  /** The date as the dataset gives it. */
  date: string;
  /** What happened, without the date. */
  text: string;
  /** The first source, e.g. "Katz 2005, line 12" (when the item is cited). */
  cite?: string;
}

export function timeMarkers(index: DatasetIndex): TimeMarker[] {
  const { span } = index;
  const name = (id: string, day: number) => {
    const entry = index.actors.get(id);
    return entry ? labelAt(entry, day) : id;
  };
  const cite = (citations: readonly Citation[]) =>
    citations.length ? citationText(index.dataset, citations[0]).short : undefined;
  const markers: TimeMarker[] = [];
  for (const event of index.dataset.events) {
    if (!event.major) continue;
    const day = parseDate(event.date)!.mid;
    markers.push({
      id: `event:${event.id}`,
      day,
      kind: 'event',
      title: `${event.date}: ${event.summary}`,
      date: event.date,
      text: event.summary,
      cite: cite(event.citations),
    });
  }
  for (const { tie, span: tieSpan } of index.ties) {
    if (tie.type !== 'war' && tie.type !== 'treaty' && tie.type !== 'alliance') continue;
    if (!tie.from) continue;
    const day = tieSpan.start;
    const what =
      tie.label ??
      `${tie.type[0].toUpperCase()}${tie.type.slice(1)}: ${name(tie.source, day)} and ${name(tie.target, day)}`;
    markers.push({
      id: `tie:${tie.id}`,
      day,
      kind: tie.type,
      title: `${tie.from}: ${what} begins`,
      date: tie.from,
      text: `${what} begins`,
      cite: cite(tie.citations),
    });
  }
  return markers
    .filter((m) => m.day >= span.start && m.day <= span.end)
    .sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
}
