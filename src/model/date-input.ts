import { formatDay, parseDate } from './dates';
import type { Span } from './time/dataset-index';

export type DateInputResult = { ok: true; day: number } | { ok: false; message: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const LOOSE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const FORMATS = 'type a year (1971), a month (1971-12) or a day (1971-12-03)';

/**
 * Reads what a user typed in the date box. Accepts "1971", "1971-12", "1971-12-03" (also with / or .
 * and one-digit months or days) and goes to the first day of the period named, or the span's first
 * day when the period starts before it. Every refusal says why, in a sentence for the screen.
 */
export function parseDateInput(raw: string, span: Span): DateInputResult {
  const text = raw.trim();
  if (!text) return { ok: false, message: `Empty: ${FORMATS}.` };
  const m = LOOSE.exec(text);
  if (!m) return { ok: false, message: `"${text.slice(0, 30)}" is not a date: ${FORMATS}.` };
  const [, y, mo, d] = m;
  const month = mo === undefined ? undefined : Number(mo);
  if (month !== undefined && (month < 1 || month > 12))
    return { ok: false, message: `There is no month ${mo}: months run from 01 to 12.` };
  const iso = [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  const parsed = parseDate(iso);
  if (!parsed) {
    const days = new Date(Date.UTC(Number(y), month!, 0)).getUTCDate();
    return { ok: false, message: `${MONTHS[month! - 1]} ${y} has ${days} days.` };
  }
  if (parsed.end < span.start || parsed.start > span.end)
    return {
      ok: false,
      message: `${iso} is outside this dataset, which runs from ${formatDay(span.start)} to ${formatDay(span.end)}.`,
    };
  return { ok: true, day: Math.max(parsed.start, span.start) };
}
