import Papa from 'papaparse';
import { MAX_TABLE_ROWS } from './limits';
import { issue, type ImportIssue } from './types';
import { formatCount } from '../format-count';

/** One parsed row with the 1-based line it starts on (rows may span lines inside quoted fields). */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface ParsedTable {
  rows: TableRow[];
  issues: ImportIssue[];
}

const QUOTE_WORDS: Record<string, string> = {
  MissingQuotes: 'a closing double quote for the quoted field',
  InvalidQuotes: 'a double quote inside a quoted field written as two double quotes ("")',
};

/**
 * Splits delimited text into rows with papaparse, keeping each row's line number for error messages.
 * `delimiter` '' lets papaparse guess (comma, tab, semicolon ...).
 */
export function parseTable(
  text: string,
  file: string,
  delimiter: string,
  onProgress?: (fraction: number) => void,
  maxRows = MAX_TABLE_ROWS,
): ParsedTable {
  const rows: TableRow[] = [];
  const issues: ImportIssue[] = [];
  let lineAtCursor = 1;
  let lastCursor = 0;
  let nextReport = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: 'greedy',
    // In chunks: abort() then stops at once; on one huge string papaparse would scan all of it first.
    chunkSize: 1024 * 1024,
    step: (result, parser) => {
      const cursor = result.meta.cursor;
      const chunk = body.slice(lastCursor, cursor);
      // The row starts after any blank lines that were skipped before it.
      const leading = /^(?:[ \t]*\r?\n)*/.exec(chunk)?.[0] ?? '';
      const line = lineAtCursor + countNewlines(leading);
      lineAtCursor += countNewlines(chunk);
      lastCursor = cursor;
      // Counted while parsing, so a small file that unpacks into millions of rows stops here.
      if (rows.length > maxRows) {
        issues.push(tooManyRows(file, maxRows, line));
        parser.abort();
        return;
      }
      for (const e of result.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        issues.push(
          issue(file, e.message, { line, expected: QUOTE_WORDS[e.code] ?? 'well-formed delimited text' }),
        );
      }
      rows.push({ line, cells: result.data });
      if (onProgress && cursor >= nextReport) {
        onProgress(cursor / Math.max(1, body.length));
        nextReport = cursor + 256 * 1024;
      }
    },
  });
  return { rows, issues };
}

export function tooManyRows(file: string, limit: number, line: number): ImportIssue {
  return issue(file, `the table has more than ${formatCount(limit)} rows`, {
    line,
    expected: `at most ${formatCount(limit)} rows (MAX_TABLE_ROWS): filter the events to a region or period, or aggregate them first`,
  });
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Normalises a header cell so "Event Date", "event_date" and "EventDate" all read "eventdate". */
export function headerKey(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Maps a header row to column indexes for the fields named by `aliases` (first alias found wins). */
export function mapColumns<F extends string>(
  header: readonly string[],
  aliases: Record<F, readonly string[]>,
): Partial<Record<F, number>> {
  const keys = header.map(headerKey);
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const at = keys.indexOf(alias);
      if (at !== -1) {
        out[field] = at;
        break;
      }
    }
  }
  return out;
}

/**
 * Header problems a reader must fix: the same column name twice (which one holds the data?) names both
 * places.
 */
export function duplicateColumns(header: TableRow, file: string): ImportIssue[] {
  const seen = new Map<string, number>();
  const out: ImportIssue[] = [];
  header.cells.forEach((name, i) => {
    const key = headerKey(name);
    if (!key) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      out.push(
        issue(
          file,
          `column "${name.trim()}" appears twice in the header (columns ${first + 1} and ${i + 1})`,
          {
            line: header.line,
            column: i + 1,
            field: name.trim(),
            expected: 'each column name once',
          },
        ),
      );
  });
  return out;
}

/**
 * A row with more cells than the header has columns: usually an unquoted comma inside a text
 * ("Talks held, ceasefire agreed"), which would otherwise lose everything after it silently. Empty
 * trailing cells (a spreadsheet's stray delimiters) are allowed.
 */
export function extraCells(row: TableRow, header: TableRow, file: string): ImportIssue | null {
  const width = header.cells.length;
  if (row.cells.length <= width) return null;
  const extra = row.cells.slice(width).findIndex((c) => c.trim() !== '');
  if (extra === -1) return null;
  const column = width + extra + 1;
  return issue(
    file,
    `row has ${row.cells.length} cells but the header names ${width} columns; cell ${column} is "${row.cells[column - 1].trim().slice(0, 40)}"`,
    {
      line: row.line,
      column,
      expected: `${width} cells: put text that contains the delimiter in double quotes ("Talks held, ceasefire agreed")`,
    },
  );
}
