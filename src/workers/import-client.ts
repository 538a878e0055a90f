import type { Dataset } from '../model';
import type { ImportFormat, ImportIssue, ImportOptions, ProgressFn } from '../model/import';
import { datasetToWire } from './dataset-wire';
import type { ImportReply, ImportRequest } from './import-protocol';
import type { ImportInput } from './import-task';
import { lazyWorker } from './lazy-worker';

/** A dataset as it is stored: compact JSON and the fingerprint share links name it by. */
export interface StoredForm {
  datasetJson: Blob;
  /** What share links carry to name this dataset (see src/model/share-dataset.ts). */
  fingerprint: string;
}

/**
 * An import result. The dataset comes first; its stored form follows (`stored`), made by the worker
 * after the hand-over, or null when it was not asked for.
 */
export type BackgroundResult =
  | {
      ok: true;
      dataset: Dataset;
      stored: Promise<StoredForm | null>;
      warnings: ImportIssue[];
      formats: ImportFormat[];
    }
  | { ok: false; issues: ImportIssue[] };

export interface BackgroundOptions {
  /** Make the stored form too (a new import: yes; re-checking a saved dataset that has one: no). */
  store?: boolean;
}

const importer = lazyWorker(
  () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
);
let nextId = 1;

/** The stored form made here: the same JSON (and so the same fingerprint) the worker makes. */
function storedHere(dataset: Dataset): StoredForm {
  const { blob, fingerprint } = datasetToWire(dataset);
  return { datasetJson: blob, fingerprint };
}

async function inThisThread(
  inputs: readonly ImportInput[],
  onProgress: ProgressFn | undefined,
  options: ImportOptions,
  store: boolean,
): Promise<BackgroundResult> {
  // Only where no worker starts: the importers (papaparse, jsonc-parser) stay out of the first bundle.
  const { runImportTask } = await import('./import-task');
  const result = await runImportTask(inputs, onProgress, options);
  if (!result.ok) return result;
  const { dataset } = result;
  return { ...result, stored: Promise.resolve(store ? storedHere(dataset) : null) };
}

/**
 * Imports files in a Web Worker, reporting progress; where no worker can start (tests, very old
 * browsers) the same task runs in this thread. Never rejects: failures come back as issues.
 */
export function importInBackground(
  inputs: readonly ImportInput[],
  onProgress?: ProgressFn,
  options: ImportOptions = {},
  { store = true }: BackgroundOptions = {},
): Promise<BackgroundResult> {
  const w = importer.get();
  if (!w) return inThisThread(inputs, onProgress, options, store);
  const id = nextId++;
  return new Promise((resolve) => {
    const events: Dataset['events'] = [];
    let handed: Dataset | null = null;
    let storedForm: (form: StoredForm | null) => void = () => undefined;
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'events') for (const e of reply.events) events.push(e);
      else if (reply.type === 'stored') {
        stop();
        storedForm({ datasetJson: reply.datasetJson, fingerprint: reply.fingerprint });
      } else if (!reply.result.ok) {
        stop();
        resolve(reply.result);
      } else {
        const { head, warnings, formats } = reply.result;
        handed = { ...head, events } as Dataset;
        if (!store) stop();
        const stored = store
          ? new Promise<StoredForm | null>((done) => (storedForm = done))
          : Promise.resolve(null);
        resolve({ ok: true, dataset: handed, stored, warnings, formats });
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      importer.drop();
      // The worker itself failed (e.g. blocked from loading): finish here what it had not done.
      if (handed) storedForm(storedHere(handed));
      else void inThisThread(inputs, onProgress, options, store).then(resolve);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ type: 'import', id, inputs: [...inputs], options, store } satisfies ImportRequest);
  });
}
