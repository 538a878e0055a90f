import type { Dataset } from '../model';
import type { ImportFormat, ImportIssue, ImportOptions, ImportProgress } from '../model/import';
import type { ImportInput } from './import-task';

/** Messages between the page and the import worker; `id` pairs replies with requests. */
export interface ImportRequest {
  type: 'import';
  id: number;
  inputs: ImportInput[];
  options: ImportOptions;
  /** Also make the stored form (JSON Blob and fingerprint), after the hand-over. */
  store: boolean;
}

/**
 * The hand-over comes first: the events in slices of plain objects (one message each, so the page
 * never takes them all in one task), then everything else with the warnings. Only after it does the
 * worker serialise the dataset and fingerprint it for storage and share links (`stored`): a 2,000-
 * actor import spent about 1 s on that before the page saw anything.
 */
export type HandedResult =
  | { ok: true; head: Omit<Dataset, 'events'>; warnings: ImportIssue[]; formats: ImportFormat[] }
  | { ok: false; issues: ImportIssue[] };

export type ImportReply =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'events'; id: number; events: Dataset['events'] }
  | { type: 'done'; id: number; result: HandedResult }
  | { type: 'stored'; id: number; datasetJson: Blob; fingerprint: string };
