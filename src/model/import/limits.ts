import { issue, type ImportIssue } from './types';
import { formatCount } from '../format-count';

/** Largest file the importer accepts. Bigger event dumps should be filtered to a region/period first. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * Limits by rows, not bytes: what an import may hold, whatever its file size (a gzip of 600 KB can hold
 * 12 million rows). 500,000 events is five times the 100,000-row target the app is measured on; the
 * browser indexes that many in tens of seconds and a CLI in a few hundred MB.
 */
export const MAX_TABLE_ROWS = 500_000;
export const MAX_EVENTS = 500_000;
export const MAX_ACTORS = 200_000;
/** Distinct actor pairs with events: each one is a row of the time engine's index. */
export const MAX_PAIRS = 250_000;

/** More issues than this are summarised: a reader fixes the first ones, and the list stays usable. */
export const MAX_LISTED_ISSUES = 200;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** UTF-8 size of a string, without encoding it when the length alone decides. */
export function utf8Size(text: string, limit = MAX_IMPORT_BYTES): number {
  // Each UTF-16 unit is 1-3 UTF-8 bytes, so short and very long strings need no exact count.
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

/** "52,428,801 bytes (50.0 MB)": exact, since a rounded size can equal the rounded limit it exceeds. */
export function exactBytes(bytes: number): string {
  return `${formatCount(bytes)} bytes (${formatBytes(bytes)})`;
}

/** An error when a file is over the limit, checked before any parsing (also usable on File.size). */
export function checkSize(file: string, bytes: number, limit: number = MAX_IMPORT_BYTES): ImportIssue | null {
  if (bytes <= limit) return null;
  return issue(file, `file is too large: ${exactBytes(bytes)}; the limit is ${exactBytes(limit)}`, {
    expected: `a file of at most ${exactBytes(limit)}: filter the events to a region or period first`,
  });
}
