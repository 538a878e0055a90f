import type { ImportFormat, ImportIssue, ImportOptions, ImportProgress } from '../model/import';
import type { ImportInput } from './import-task';
import type { DatasetWire } from './dataset-wire';

/** Messages between the page and the import worker; `id` pairs replies with requests. */
export interface ImportRequest {
  type: 'import';
  id: number;
  inputs: ImportInput[];
  options: ImportOptions;
}

/**
 * A result as it crosses to the page. The dataset travels as JSON text: cloning one string is far
 * cheaper on the main thread than cloning (or storing) 200,000 small objects, and JSON.parse is faster
 * than structured-clone deserialisation for such graphs. The page parses it slice by slice
 * (dataset-wire.ts), so no single task is long.
 */
export type WireResult =
  | { ok: true; wire: DatasetWire; warnings: ImportIssue[]; formats: ImportFormat[] }
  | { ok: false; issues: ImportIssue[] };

export type ImportReply =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; result: WireResult };
