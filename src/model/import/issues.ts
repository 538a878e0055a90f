import type { Issue } from '../types';
import type { Origin } from './draft';
import { MAX_LISTED_ISSUES } from './limits';
import { splitJsonPath } from './safe-json';
import { issue, type ImportIssue } from './types';

const EXPECTATIONS: [RegExp, string][] = [
  [/unknown actor id/, 'the id of an actor in this dataset'],
  [/unknown source id/, 'the id of a source in this dataset'],
  [/duplicate id/, 'an id not used before in this list'],
  [/not a calendar date/, 'a real date: YYYY, YYYY-MM or YYYY-MM-DD'],
  [/interval ends/, 'a start on or before the end'],
  [/two different actors/, 'a source and a target that differ'],
  [/not in the codebook/, 'a code listed in docs/DATA.md; the root category is used for its meaning'],
  [/^ids are /, 'lower-case letters, digits, ".", "_" or "-", at most 80'],
  [/Unrecognized key/i, 'only the fields the format defines (see docs/IMPORT.md)'],
];

/** Turns a validator message into "what was expected", in plain words. */
export function expectedFor(message: string): string {
  for (const [re, words] of EXPECTATIONS) if (re.test(message)) return words;
  const zod = /expected ([^,]+?)(?:, received .*)?$/.exec(message);
  return zod ? zod[1] : message;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
  null: 'null',
};

/**
 * The validator's type errors in plain words: "Invalid input: expected string, received object" reads
 * "an object where text is expected", and "…, received undefined" reads "missing: text is required".
 */
export function plainMessage(message: string): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!m) return message;
  const expected = NOUNS[m[1]] ?? m[1];
  if (m[2] === 'undefined') return `missing: ${expected} is required here`;
  return `${NOUNS[m[2]] ?? m[2]} where ${expected} is expected`;
}

/** The last key in a JSON path: `$.events[3].date` -> "date"; `$.events[3]` -> undefined. */
export function fieldOf(path: string): string | undefined {
  const segments = splitJsonPath(path) ?? [];
  const keys = segments.filter((s): s is string => typeof s === 'string');
  // `$.events[3]` names an item, not a field; `$.meta` or `$.events[3].citations[0]` do name one.
  if (keys.length === 1 && segments.length > 1) return undefined;
  return keys.at(-1);
}

/** An issue from validate.ts on a JSON file, with line when the finder knows it. */
export function fromJsonIssue(
  file: string,
  i: Issue,
  lineOf?: (path: string) => number | undefined,
): ImportIssue {
  const line = lineOf?.(i.path);
  return {
    ...i,
    message: plainMessage(i.message),
    file,
    ...(line ? { line } : {}),
    field: fieldOf(i.path),
    expected: expectedFor(i.message),
  };
}

/**
 * An issue from validate.ts on a dataset built from tables: `$.events[7].date` becomes the file and line
 * of that event's row, and the field becomes the column name the file used.
 */
export function fromDraftIssue(
  i: Issue,
  origins: { actors: readonly Origin[]; events: readonly Origin[] },
  fallbackFile: string,
): ImportIssue {
  const m = /^\$\.(actors|events)\[(\d+)\](?:\.([A-Za-z_$][\w$]*))?/.exec(i.path);
  const origin = m ? origins[m[1] as 'actors' | 'events'][Number(m[2])] : undefined;
  if (!origin)
    return {
      ...i,
      message: plainMessage(i.message),
      file: fallbackFile,
      field: fieldOf(i.path),
      expected: expectedFor(i.message),
    };
  const key = m?.[3];
  const field = key ? (origin.columns[key] ?? key) : undefined;
  return issue(origin.file, plainMessage(i.message), {
    severity: i.severity,
    line: origin.line,
    ...(field ? { field } : {}),
    expected: expectedFor(i.message),
  });
}

/** Keeps the list readable: the first MAX_LISTED_ISSUES errors, then one line saying how many more. */
export function capIssues(issues: readonly ImportIssue[], limit = MAX_LISTED_ISSUES): ImportIssue[] {
  if (issues.length <= limit) return [...issues];
  const rest = issues.length - limit;
  const last = issues[limit];
  return [
    ...issues.slice(0, limit),
    {
      ...issue(last.file, `${rest} more problem(s) not listed; fix the ones above first`),
      severity: last.severity,
    },
  ];
}

/** Groups repeated validator warnings (same message) into one line with a count. */
export function groupWarnings(warnings: readonly ImportIssue[]): ImportIssue[] {
  const byMessage = new Map<string, { first: ImportIssue; count: number }>();
  for (const w of warnings) {
    const key = `${w.file}\u0000${w.message}`;
    const entry = byMessage.get(key);
    if (entry) entry.count++;
    else byMessage.set(key, { first: w, count: 1 });
  }
  return [...byMessage.values()].map(({ first, count }) =>
    count === 1 ? first : { ...first, message: `${first.message} (${count} places; the first is shown)` },
  );
}

/** "events.csv:12", "bad.json:3:14" or "data.json:88 $.events[3].date": where to look, on one line. */
export function placeOf(i: ImportIssue): string {
  const at = i.line === undefined ? i.file : `${i.file}:${i.line}${i.column ? `:${i.column}` : ''}`;
  return i.path.startsWith('$') ? `${at} ${i.path}` : at;
}

/** One readable line: place, field, problem, and what was expected. */
export function formatImportIssue(i: ImportIssue): string {
  const field = i.field ? ` [${i.field}]` : '';
  const expected = i.expected && i.expected !== i.message ? ` (expected ${i.expected})` : '';
  return `${i.severity === 'warning' ? 'warning' : 'error'} at ${placeOf(i)}${field}: ${i.message}${expected}`;
}
