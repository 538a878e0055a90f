/**
 * Escaping shared by every text export. Labels come from imported datasets, so they are hostile:
 * markup, quotes, control characters, lone surrogates, spreadsheet formulas.
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls except tab/LF/CR,
 * lone surrogates, U+FFFE and U+FFFF. The `u` flag makes the class see code points, so a lone
 * surrogate matches while a valid pair (an emoji) does not.
 */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/gu;

/** The string an XML parser will give back for `text` after our escaping: illegal characters dropped. */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A raw CR would be folded into LF by the parser's end-of-line handling.
  '\r': '&#13;',
};

const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation turns raw whitespace into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Escapes element text content so a parser returns exactly `xmlSafe(text)`. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Escapes a value for a double- or single-quoted attribute so a parser returns exactly `xmlSafe(text)`. */
export function xmlAttr(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

/**
 * A finite number in plain decimal notation with the digits of its shortest round-trip form, so
 * Number() of the result is the same double: 5e-7 -> "0.0000005". Table importers read decimal
 * notation only (no exponents), and this is what lets an exported CSV import back exactly.
 */
export function decimalText(value: number): string {
  const s = String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, head, tail = '', exp] = m;
  const digits = head + tail;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Renders a number for XML/CSV: finite values in shortest round-trip form, never "NaN" or "Infinity". */
export function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection). Such a cell gets a
 * leading apostrophe; a cell that already starts with one gets another, so `unguardCsvText` is an exact
 * inverse.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function guardCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unguardCsvText(text: string): string {
  return FORMULA_START.test(text.slice(1)) && text.startsWith("'") ? text.slice(1) : text;
}

/** One RFC 4180 field: strings are formula-guarded, then quoted when they hold a comma, quote, CR or LF. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  const guarded = guardCsvText(value);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV document: CRLF line ends as RFC 4180 asks, one header row, no trailing blank record. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
