import { formatDay, parseDate, type Span } from '../model';

/** A `--name DATE` value: a date the dataset covers, or an error that names the option and the span. */
export function dateInSpan(value: string, name: string, span: Span): string {
  const parsed = parseDate(value);
  if (!parsed) throw new Error(`--${name} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (parsed.end < span.start || parsed.start > span.end)
    throw new Error(
      `--${name} "${value}" is outside the dataset's span, ${formatDay(span.start)} to ${formatDay(span.end)}`,
    );
  return value;
}
