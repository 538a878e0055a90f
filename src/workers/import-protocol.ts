import type { ImportProgress, ImportResult } from '../model/import';
import type { ImportInput } from './import-task';

/** Messages between the page and the import worker; `id` pairs replies with requests. */
export interface ImportRequest {
  type: 'import';
  id: number;
  inputs: ImportInput[];
}

export type ImportReply =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; result: ImportResult };
