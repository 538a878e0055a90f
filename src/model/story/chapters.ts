import { parseDate } from '../dates';
import type { Span } from '../time/dataset-index';
import type { Chapter } from '../types';

/** What the graph shows for a chapter: a date, or a window ending at `time`. */
export interface ChapterView {
  time: number;
  mode: 'point' | 'window';
  /** First day of the window (window chapters only). */
  windowFrom?: number;
}

const clampTo = (span: Span, day: number) => Math.min(span.end, Math.max(span.start, day));

/**
 * The view a chapter asks for, inside the span. A chapter dated "1979-12" shows the graph at the end
 * of December 1979, so every event of the month it names has happened (events sit mid-period).
 */
export function chapterView(chapter: Chapter, span: Span): ChapterView {
  if (chapter.at !== undefined) {
    const at = parseDate(chapter.at);
    return { time: clampTo(span, at ? at.end : span.start), mode: 'point' };
  }
  const from = chapter.from === undefined ? null : parseDate(chapter.from);
  const to = chapter.to === undefined ? null : parseDate(chapter.to);
  const time = clampTo(span, to ? to.end : span.end);
  return { time, mode: 'window', windowFrom: Math.min(time, clampTo(span, from ? from.start : span.start)) };
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** "13 December 1971", "December 1979" or "1980": a dataset date as a reader says it. */
export function readableDate(text: string): string {
  const parsed = parseDate(text);
  if (!parsed) return text;
  const [y, m, d] = text.split('-').map(Number);
  if (parsed.precision === 'year') return String(y);
  if (parsed.precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** When a chapter is set: its date, or its window as "September 1996 – 10 September 2001". */
export function chapterWhen(chapter: Chapter): string {
  if (chapter.at !== undefined) return readableDate(chapter.at);
  return `${readableDate(chapter.from ?? '')} – ${readableDate(chapter.to ?? '')}`;
}

export function chapterIndexOf(chapters: readonly Chapter[], id: string): number {
  return chapters.findIndex((c) => c.id === id);
}

/** The chapter `delta` steps from `index`, kept inside the story (no wrap-around). */
export function stepChapter(count: number, index: number, delta: number): number {
  if (count <= 0) return -1;
  return Math.min(count - 1, Math.max(0, index + delta));
}

/** The day a dataset opens on: its `meta.openAt` inside the span, else the span's first day. */
export function openingDay(meta: { openAt?: string }, span: Span): number {
  const at = meta.openAt === undefined ? null : parseDate(meta.openAt);
  return at ? clampTo(span, at.start) : span.start;
}
