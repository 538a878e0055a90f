/// <reference lib="webworker" />
import type { ImportReply, ImportRequest } from './import-protocol';
import { EVENTS_PER_SLICE, datasetToWire } from './dataset-wire';
import { runImportTask } from './import-task';

// Parsing and validating a 50 MB file takes seconds; here it cannot freeze the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, inputs, options, store } = event.data;
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
    if (!result.ok) {
      scope.postMessage({ type: 'done', id, result } satisfies ImportReply);
      return;
    }
    // Hand over first: the page takes each slice in a task of its own and can index and draw at once.
    const { events, ...head } = result.dataset;
    for (let from = 0; from < events.length; from += EVENTS_PER_SLICE)
      scope.postMessage({ type: 'events', id, events: events.slice(from, from + EVENTS_PER_SLICE) });
    const { warnings, formats } = result;
    scope.postMessage({
      type: 'done',
      id,
      result: { ok: true, head, warnings, formats },
    } satisfies ImportReply);
    if (!store) return;
    // Then the stored form: compact JSON, a third smaller than the pretty export.
    const wire = datasetToWire(result.dataset);
    scope.postMessage({
      type: 'stored',
      id,
      datasetJson: wire.blob,
      fingerprint: wire.fingerprint,
    } satisfies ImportReply);
  });
};
