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
