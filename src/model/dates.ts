/**
 * Dates in datasets are ISO strings at the precision the source gives: "1971", "1971-08" or "1971-08-09".
 * Internally a date is a whole number of days since 1970-01-01 (negative before), so the engine can do
 * arithmetic and binary search on plain numbers.
 */
export type Precision = 'year' | 'month' | 'day';

export interface ParsedDate {
  readonly precision: Precision;
  /** First day of the period the date names. */
  readonly start: number;
  /** Last day of the period the date names. */
  readonly end: number;
  /** The day an event with this date is placed on: the middle of its period. */
  readonly mid: number;
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function utcDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parsed dates by their text. Datasets repeat dates (an aggregate of 450,000 monthly events has under
 * a thousand distinct months) and validation, indexing and the time bar each parse every event's date:
 * with the cache each distinct text is parsed once. Bounded, so hostile input cannot grow it forever.
 */
const parsedDates = new Map<string, ParsedDate | null>();
const PARSED_DATES_KEPT = 100_000;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else, including impossible days. */
export function parseDate(text: string): ParsedDate | null {
  let parsed = parsedDates.get(text);
  if (parsed !== undefined) return parsed;
  parsed = parseDateText(text);
  if (parsedDates.size >= PARSED_DATES_KEPT) parsedDates.clear();
  parsedDates.set(text, parsed);
  return parsed;
}

function parseDateText(text: string): ParsedDate | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    const start = utcDay(year, 1, 1);
    const end = utcDay(year, 12, 31);
    return { precision: 'year', start, end, mid: utcDay(year, 7, 1) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return {
      precision: 'month',
      start: utcDay(year, month, 1),
      end: utcDay(year, month, last),
      mid: utcDay(year, month, 15),
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  const d = utcDay(year, month, day);
  return { precision: 'day', start: d, end: d, mid: d };
}

export function isValidDate(text: string): boolean {
  return parseDate(text) !== null;
}

/** Parses a date that must be valid (already validated data). */
export function dayOf(text: string, at: 'start' | 'end' | 'mid' = 'mid'): number {
  const parsed = parseDate(text);
  if (!parsed) throw new RangeError(`Not a date: ${JSON.stringify(text)}`);
  return parsed[at];
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function formatMonth(day: number): string {
  return formatDay(day).slice(0, 7);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Adds whole calendar months, clamping the day of month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const dom = Math.min(d.getUTCDate(), daysInMonth(targetYear, targetMonth + 1));
  return utcDay(targetYear, targetMonth + 1, dom);
}

export function todayDay(): number {
  return Math.floor(Date.now() / DAY_MS);
}

export const DAYS_PER_YEAR = 365.2425;
