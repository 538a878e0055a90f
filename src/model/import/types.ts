import type { Dataset, Issue } from '../types';

/** A file handed to the importer: its name (used to guess the format and to name places) and its text. */
export interface ImportFile {
  name: string;
  text: string;
  /**
   * Size of the gzip file the text was unpacked from. The upload limit applies to it; the unpacked
   * text was held to MAX_UNPACKED_BYTES while unpacking.
   */
  packedBytes?: number;
}

/**
 * A problem found while importing, with everything a reader needs to find and fix it. `path` stays the
 * one-line place (`events.csv:12` or `$.events[3].date`) so code that only knows `Issue` still works.
 */
export interface ImportIssue extends Issue {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  column?: number;
  /** Column name for tables, last key of the JSON path for JSON. */
  field?: string;
  /** What the importer expected there, in plain words. */
  expected?: string;
}

export type ImportFormat = 'entente-json' | 'actors-csv' | 'events-csv' | 'icews' | 'gdelt' | 'unknown';

export type ImportResult =
  | { ok: true; dataset: Dataset; warnings: ImportIssue[]; formats: ImportFormat[] }
  | { ok: false; issues: ImportIssue[] };

/** Progress of one import: `done` of `total` units (characters of input, then rows) in a named phase. */
export interface ImportProgress {
  phase: 'checking' | 'parsing' | 'validating';
  file: string;
  fraction: number;
}

export type ProgressFn = (progress: ImportProgress) => void;

export interface ImportOptions {
  /** Size limit per file; defaults to MAX_IMPORT_BYTES. Datasets this app stored itself pass Infinity. */
  maxBytes?: number;
}

export function issue(
  file: string,
  message: string,
  more: Partial<Omit<ImportIssue, 'file' | 'message'>> = {},
): ImportIssue {
  const place =
    more.line === undefined ? file : `${file}:${more.line}${more.column ? `:${more.column}` : ''}`;
  return { severity: 'error', path: place, file, message, ...more };
}

export function warning(
  file: string,
  message: string,
  more: Partial<Omit<ImportIssue, 'file' | 'message' | 'severity'>> = {},
): ImportIssue {
  return issue(file, message, { ...more, severity: 'warning' });
}
