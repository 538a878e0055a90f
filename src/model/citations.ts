import { formatDay } from './dates';
import type { Citation, Dataset, Source } from './types';

/** Open interval ends are stored as +-1e9 days; anything that far out is "open". */
const OPEN = 1e8;

/** "1954-09-08 – 1977-06-30", "from 1947-08-14", "until 2008-12-31" or "always". */
export function formatSpan(span: { start: number; end: number }): string {
  const from = Math.abs(span.start) < OPEN ? formatDay(span.start) : null;
  const to = Math.abs(span.end) < OPEN ? formatDay(span.end) : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return 'always';
}

/** A short name for a source: "Katz 2005" from author and year, else its title. */
export function shortSourceName(source: Source): string {
  if (source.author) {
    const words = source.author.trim().split(/\s+/);
    const surname = source.author.includes('/') ? source.author : words[words.length - 1];
    return source.published ? `${surname} ${source.published.slice(0, 4)}` : surname;
  }
  return source.title.length > 40 ? `${source.title.slice(0, 38)}…` : source.title;
}

export interface CitationText {
  /** e.g. "Katz 2005, line 12" */
  short: string;
  /** Full title, author and note, for a tooltip. */
  full: string;
  /** The source's link, only when it is http(s). */
  url?: string;
}

/** How a citation reads in the inspector; unknown sources show their id rather than failing. */
export function citationText(dataset: Dataset, citation: Citation): CitationText {
  const source = dataset.sources.find((s) => s.id === citation.source);
  const line = citation.line ? `, line ${citation.line}` : '';
  if (!source) return { short: `${citation.source}${line}`, full: `Unknown source ${citation.source}` };
  const parts = [source.title, source.author, source.published, citation.note].filter(Boolean);
  const text: CitationText = { short: `${shortSourceName(source)}${line}`, full: parts.join(' · ') };
  if (source.url && /^https?:\/\//i.test(source.url)) text.url = source.url;
  return text;
}
