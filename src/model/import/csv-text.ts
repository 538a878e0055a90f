import { guardCsvText, unguardCsvText } from '../export/escape';

/**
 * Exact text in CSV cells. Table cells are trimmed on import (hand-written tables are full of stray
 * spaces), so text whose ends are whitespace (a space, NBSP, tab, CR, LF) would not survive a round
 * trip. Entente's CSV export writes such text as an apostrophe followed by a JSON string literal,
 * `'"  Talks\t"`, and the importer reads that form back exactly. Everything else is written as it is,
 * guarded against spreadsheet formulas (see guardCsvText).
 */
export function encodeCsvText(text: string): string {
  return text !== text.trim() ? `'${JSON.stringify(text)}` : guardCsvText(text);
}

/** The exact form written by encodeCsvText: an apostrophe, then one JSON string. */
function exactText(cell: string): string | null {
  if (cell.length < 3 || !cell.startsWith(`'"`) || !cell.endsWith('"')) return null;
  try {
    const value: unknown = JSON.parse(cell.slice(1));
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** A cell's text: the exact form decoded, otherwise trimmed and with a formula guard removed. */
export function decodeCsvText(raw: string): string {
  const cell = raw.trim();
  return exactText(cell) ?? unguardCsvText(cell);
}

/**
 * Aliases in one cell: separated by "|", or, when an alias holds a "|" or whitespace at its ends, a JSON
 * array of strings (`["US|UK"]`), the form the export writes then.
 */
export function encodeAliases(aliases: readonly string[]): string {
  const plain = aliases.every((a) => !a.includes('|') && a === a.trim() && a !== '');
  const joined = aliases.join('|');
  return plain && !joined.startsWith('[') ? encodeCsvText(joined) : JSON.stringify(aliases);
}

export function decodeAliases(cell: string): string[] {
  if (cell.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(cell);
      if (Array.isArray(value) && value.every((a) => typeof a === 'string')) return value as string[];
    } catch {
      // Not our JSON form: a hand-written name that starts with "[" is read as a plain list.
    }
  }
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
