import { z } from 'zod';

/**
 * Schemas for what IndexedDB hands back. Storage is outside the app's control (an older version, a
 * browser extension, a hand edit in devtools), so every record is checked on read like an imported
 * file; a record that fails is quarantined, never rendered.
 */
const text = (max: number) => z.string().min(1).max(max);

export const libraryEntrySchema = z.object({
  id: text(200),
  name: text(300),
  importedAt: z.string().max(40),
  files: z.array(z.string().max(300)).max(1000),
  actors: z.number().int().min(0),
  events: z.number().int().min(0),
  fingerprint: z.string().max(200).optional(),
});

const storedIssueSchema = z
  .object({ path: z.string(), message: z.string(), severity: z.enum(['error', 'warning']) })
  .loose();

export const storedDatasetSchema = z.object({
  id: text(200),
  datasetJson: z.union([z.string(), z.instanceof(Blob)]),
  // Checked on its own: damaged warnings are dropped, the dataset is kept.
  warnings: z.unknown(),
});

export const storedWarningsSchema = z.array(storedIssueSchema).max(10_000);

const point = z.tuple([z.number().finite(), z.number().finite()]);
const positionsRecordSchema = z.record(z.string(), point);

export const cachedLayoutSchema = z.object({
  key: z.string(),
  positions: positionsRecordSchema.optional(),
  moved: positionsRecordSchema.optional(),
  savedAt: z.number().finite(),
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

/** The first problem zod found, in words: "name: expected string, received object". */
export function firstProblem(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'not a valid record';
  const where = first.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return `${where}${first.message}`;
}
