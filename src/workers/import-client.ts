import type { ImportResult, ProgressFn } from '../model/import';
import type { ImportReply, ImportRequest } from './import-protocol';
import { runImportTask, type ImportInput } from './import-task';

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    return worker;
  } catch {
    return null;
  }
}

/**
 * Imports files in a Web Worker, reporting progress; where no worker can start (tests, very old
 * browsers) the same task runs in this thread. Never rejects: failures come back as issues.
 */
export function importInBackground(
  inputs: readonly ImportInput[],
  onProgress?: ProgressFn,
): Promise<ImportResult> {
  const w = startWorker();
  if (!w) return runImportTask(inputs, onProgress);
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        resolve(reply.result);
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      worker = null;
      // The worker itself failed (e.g. blocked from loading): fall back to this thread.
      void runImportTask(inputs, onProgress).then(resolve);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ type: 'import', id, inputs: [...inputs] } satisfies ImportRequest);
  });
}
