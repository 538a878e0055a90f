import type { LibraryEntry } from './library-db';

/**
 * Checks for what IndexedDB hands back. Storage is outside the app's control (an older version, a
 * browser extension, a hand edit in devtools), so every record is checked on read like an imported
 * file; a record that fails is quarantined, never rendered. Written by hand rather than with zod: these
 * run while the app boots, and zod belongs to the validator chunk that loads beside it (issue 22).
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

type Rule = (v: unknown) => string | null;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text =
  (max: number, min = 1): Rule =>
  (v) =>
    typeof v !== 'string'
      ? 'expected text'
      : v.length < min || v.length > max
        ? `expected ${min}-${max} characters`
        : null;
const count: Rule = (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'expected a whole number ≥ 0');
const finite: Rule = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'expected a finite number');
const optional =
  (rule: Rule): Rule =>
  (v) =>
    v === undefined ? null : rule(v);
const list =
  (rule: Rule, max: number): Rule =>
  (v) => {
    if (!Array.isArray(v)) return 'expected a list';
    if (v.length > max) return `expected at most ${max} items`;
    for (const [i, item] of v.entries()) {
      const problem = rule(item);
      if (problem) return `${i}: ${problem}`;
    }
    return null;
  };

/** Checks each named field; the first problem is named by its path ("name: expected text"). */
function fields<T>(value: unknown, rules: Record<string, Rule>): Checked<T> {
  if (!isObject(value)) return { ok: false, problem: 'expected a record' };
  for (const [key, rule] of Object.entries(rules)) {
    const problem = rule(value[key]);
    if (problem) return { ok: false, problem: `${key}: ${problem}` };
  }
  return { ok: true, value: value as T };
}

export const checkLibraryEntry = (v: unknown): Checked<LibraryEntry> =>
  fields(v, {
    id: text(200),
    name: text(300),
    importedAt: text(40, 0),
    files: list(text(300, 0), 1000),
    actors: count,
    events: count,
    fingerprint: optional(text(200, 0)),
  });

export interface CheckedStored {
  id: string;
  datasetJson: string | Blob;
  warnings: unknown;
}
export const checkStoredDataset = (v: unknown): Checked<CheckedStored> =>
  fields(v, {
    id: text(200),
    datasetJson: (d) =>
      typeof d === 'string' || (typeof Blob !== 'undefined' && d instanceof Blob)
        ? null
        : 'expected text or a Blob',
  });

const issueRule: Rule = (v) => {
  const checked = fields(v, {
    path: text(Number.MAX_SAFE_INTEGER, 0),
    message: text(Number.MAX_SAFE_INTEGER, 0),
    severity: (s) => (s === 'error' || s === 'warning' ? null : 'expected "error" or "warning"'),
  });
  return checked.ok ? null : checked.problem;
};
/** Stored warnings: checked on their own, so damaged warnings are dropped and the dataset kept. */
export const checkStoredWarnings = (v: unknown): Checked<unknown[]> => {
  const problem = list(issueRule, 10_000)(v);
  return problem ? { ok: false, problem } : { ok: true, value: v as unknown[] };
};

const positionsRule: Rule = (v) => {
  if (!isObject(v)) return 'expected a record of positions';
  for (const [id, p] of Object.entries(v))
    if (!Array.isArray(p) || p.length !== 2 || finite(p[0]) || finite(p[1])) return `${id}: expected [x, y]`;
  return null;
};
export const checkCachedLayoutRecord = (v: unknown): Checked<Record<string, unknown>> =>
  fields(v, {
    key: text(Number.MAX_SAFE_INTEGER, 0),
    positions: optional(positionsRule),
    moved: optional(positionsRule),
    savedAt: finite,
  });

/** A record that failed its check: where it is, a printable name, and why. */
export interface DamagedRecord {
  store: 'entries' | 'datasets' | 'settings';
  key: IDBValidKey;
  /** The record's name when one can be read as text, else its key. */
  label: string;
  reason: string;
}

/** A short, printable name for a record that failed its check. */
export function recordLabel(value: unknown, key: IDBValidKey): string {
  const raw = value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
  const name = typeof raw === 'string' && raw.trim() ? raw : keyText(key);
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

export function keyText(key: IDBValidKey): string {
  if (typeof key === 'string') return key;
  try {
    return JSON.stringify(key) ?? String(key);
  } catch {
    return String(key);
  }
}
