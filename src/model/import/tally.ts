import { warning, type ImportIssue } from './types';

/**
 * Collects warnings that may repeat on thousands of rows (an unknown CAMEO code, a clamped score) as one
 * line each, with a count and the first place, so a big file gives a readable list.
 */
export class WarningTally {
  private entries = new Map<string, { issue: ImportIssue; count: number }>();

  add(key: string, make: () => ImportIssue): void {
    const entry = this.entries.get(key);
    if (entry) entry.count++;
    else this.entries.set(key, { issue: make(), count: 1 });
  }

  list(): ImportIssue[] {
    return [...this.entries.values()].map(({ issue, count }) =>
      count === 1 ? issue : { ...issue, message: `${issue.message} (${count} rows; the first is shown)` },
    );
  }
}

export function tallyWarning(
  tally: WarningTally,
  key: string,
  file: string,
  line: number,
  message: string,
  more: { field?: string; expected?: string } = {},
): void {
  tally.add(`${file}\u0000${key}`, () => warning(file, message, { line, ...more }));
}

/** Schema lengths for text read from tables: longer cells are cut (with a warning), never refused. */
export const TEXT_LIMITS = {
  label: 120,
  alias: 120,
  description: 1000,
  summary: 600,
  rationale: 600,
} as const;

/**
 * Cuts a table cell to `max` characters with "…", and tallies one warning per file and column naming
 * the column and the limit, so a long label or summary loads instead of failing the whole import.
 */
export function clipCell(
  tally: WarningTally,
  text: string,
  max: number,
  place: { file: string; line: number; column: string },
): string {
  // Cells come trimmed (or exact, see csv-text.ts): trimming here would undo an exact round trip.
  const s = text;
  if (s.length <= max) return s;
  tallyWarning(
    tally,
    `clip:${place.column}`,
    place.file,
    place.line,
    `text in column "${place.column}" is longer than ${max} characters and was cut`,
    { field: place.column, expected: `at most ${max} characters` },
  );
  return `${s.slice(0, max - 1)}…`;
}
