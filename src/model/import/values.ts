import { parseDate } from '../dates';
import { isCameoShape } from '../cameo';

/** Cell readers for tables. Each returns null for a value it cannot read, so the caller names the place. */

/** "2003-02-04", "2003-02", "2003", "20030204" (GDELT), "2003/02/04" or an ISO timestamp. */
export function readDate(cell: string): string | null {
  const s = cell.trim();
  let iso = s;
  if (/^\d{8}$/.test(s)) iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  else if (/^\d{4}\/\d{2}\/\d{2}$/.test(s)) iso = s.replaceAll('/', '-');
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(s)) {
    // Only the day is kept, but an impossible time (25:61) means the cell is not what it claims.
    if (!TIMESTAMP.test(s)) return null;
    iso = s.slice(0, 10);
  }
  return parseDate(iso) ? iso : null;
}

/** An ISO timestamp with a possible time: hours 00-23 (24:00:00 for the end of a day), minutes 00-59. */
const TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}[T ](?:(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?|24:00(?::00(?:[.,]0+)?)?)(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/i;

/** A CAMEO code; a spreadsheet that stored "042" as the number 42 gets its leading zero back. */
export function readCameo(cell: string): string | null {
  const s = cell.trim();
  if (!/^\d{2,4}$/.test(s)) return null;
  if (isCameoShape(s)) return s;
  const padded = `0${s}`;
  return s.length <= 3 && isCameoShape(padded) ? padded : null;
}

/**
 * Plain decimal notation only: "-3", "+2.5", ".5", "7.". Number() would also read "0x0A" (10), "0b11"
 * (3), "1e1" (10) and "Infinity", which no event table means as a score.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** A decimal number, or undefined for an empty cell, or null when the cell is not a decimal number. */
export function readNumber(cell: string): number | undefined | null {
  const s = cell.trim();
  if (s === '') return undefined;
  return DECIMAL.test(s) ? Number(s) : null;
}

/**
 * A row count: decimal digits only, 1 or more, up to 2^53 - 1 (the largest whole number a double holds
 * exactly); undefined for an empty cell, null when unreadable.
 */
export function readCount(cell: string): number | undefined | null {
  const s = cell.trim();
  if (s === '') return undefined;
  if (!/^\d{1,16}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && Number.isSafeInteger(n) ? n : null;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0']);

export function readBoolean(cell: string): boolean | undefined | null {
  const s = cell.trim().toLowerCase();
  if (s === '') return undefined;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}

/** Keeps text within a schema length limit, marking the cut. */
export function clip(text: string, max: number): string {
  const s = text.trim();
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
