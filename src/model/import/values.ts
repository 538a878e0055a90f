import { parseDate } from '../dates';
import { isCameoShape } from '../cameo';

/** Cell readers for tables. Each returns null for a value it cannot read, so the caller names the place. */

/** "2003-02-04", "2003-02", "2003", "20030204" (GDELT), "2003/02/04" or an ISO timestamp. */
export function readDate(cell: string): string | null {
  const s = cell.trim();
  let iso = s;
  if (/^\d{8}$/.test(s)) iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  else if (/^\d{4}\/\d{2}\/\d{2}$/.test(s)) iso = s.replaceAll('/', '-');
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(s)) iso = s.slice(0, 10);
  return parseDate(iso) ? iso : null;
}

/** A CAMEO code; a spreadsheet that stored "042" as the number 42 gets its leading zero back. */
export function readCameo(cell: string): string | null {
  const s = cell.trim();
  if (!/^\d{2,4}$/.test(s)) return null;
  if (isCameoShape(s)) return s;
  const padded = `0${s}`;
  return s.length <= 3 && isCameoShape(padded) ? padded : null;
}

/** A finite number, or undefined for an empty cell, or null when the cell is not a number. */
export function readNumber(cell: string): number | undefined | null {
  const s = cell.trim();
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A row count: decimal digits only, 1 or more; undefined for an empty cell, null when unreadable. */
export function readCount(cell: string): number | undefined | null {
  const s = cell.trim();
  if (s === '') return undefined;
  if (!/^\d{1,15}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 ? n : null;
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
