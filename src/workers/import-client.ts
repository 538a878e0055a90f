import type { Dataset } from '../model';
import type { ImportFormat, ImportIssue, ImportOptions, ProgressFn } from '../model/import';
import { datasetFromWire, datasetToWire } from './dataset-wire';
import type { ImportReply, ImportRequest, WireResult } from './import-protocol';
import type { ImportInput } from './import-task';
import { lazyWorker } from './lazy-worker';

/** An import result that also carries the dataset as JSON text, ready to be stored. */
export type BackgroundResult =
  | {
      ok: true;
      dataset: Dataset;
      datasetJson: Blob;
      /** What share links carry to name this dataset (see src/model/share-dataset.ts). */
      fingerprint: string;
      warnings: ImportIssue[];
      formats: ImportFormat[];
    }
  | { ok: false; issues: ImportIssue[] };

const importer = lazyWorker(
  () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
);
let nextId = 1;

async function fromWire(result: WireResult): Promise<BackgroundResult> {
  if (!result.ok) return result;
  const { wire, ...rest } = result;
  // Our own worker's output of a validated dataset, so parsing is all that is needed.
  return {
    ...rest,
    dataset: await datasetFromWire(wire),
    datasetJson: wire.blob,
    fingerprint: wire.fingerprint,
  };
}

async function inThisThread(
  inputs: readonly ImportInput[],
  onProgress?: ProgressFn,
  options: ImportOptions = {},
): Promise<BackgroundResult> {
  // Only where no worker starts: the importers (papaparse, jsonc-parser) stay out of the first bundle.
  const { runImportTask } = await import('./import-task');
  const result = await runImportTask(inputs, onProgress, options);
  if (!result.ok) return result;
  // The same JSON (and so the same fingerprint) the worker would have made.
  const { blob, fingerprint } = datasetToWire(result.dataset);
  return { ...result, datasetJson: blob, fingerprint };
}

/**
 * Imports files in a Web Worker, reporting progress; where no worker can start (tests, very old
 * browsers) the same task runs in this thread. Never rejects: failures come back as issues.
 */
export function importInBackground(
  inputs: readonly ImportInput[],
  onProgress?: ProgressFn,
  options: ImportOptions = {},
): Promise<BackgroundResult> {
  const w = importer.get();
  if (!w) return inThisThread(inputs, onProgress, options);
  const id = nextId++;
  return new Promise((resolve) => {
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else {
        stop();
        void fromWire(reply.result).then(resolve);
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      importer.drop();
      // The worker itself failed (e.g. blocked from loading): fall back to this thread.
      void inThisThread(inputs, onProgress, options).then(resolve);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ type: 'import', id, inputs: [...inputs], options } satisfies ImportRequest);
  });
}
