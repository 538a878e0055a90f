/// <reference lib="webworker" />
import type { ImportReply, ImportRequest, WireResult } from './import-protocol';
import { datasetToWire } from './dataset-wire';
import { runImportTask } from './import-task';

// Parsing and validating a 50 MB file takes seconds; here it cannot freeze the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, inputs, options } = event.data;
  let last = -1;
  void runImportTask(
    inputs,
    (progress) => {
      // A message per percent is plenty; more would flood the page with work.
      const percent = Math.floor(progress.fraction * 100);
      if (percent === last && progress.fraction !== 0) return;
      last = percent;
      scope.postMessage({ type: 'progress', id, progress } satisfies ImportReply);
    },
    options,
  ).then((result) => {
    const wire: WireResult = result.ok
      ? {
          ok: true,
          // Compact: a third smaller than the pretty export, so cheaper to clone, store and parse.
          wire: datasetToWire(result.dataset),
          warnings: result.warnings,
          formats: result.formats,
        }
      : result;
    scope.postMessage({ type: 'done', id, result: wire } satisfies ImportReply);
  });
};
