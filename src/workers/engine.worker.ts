/// <reference lib="webworker" />
import { prepareIndex, transferables, type EngineReply, type EngineRequest } from './engine-task';

// Indexing a million events takes a second or more; here it cannot freeze scrubbing or the UI.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, table, params } = event.data;
  try {
    const prepared = prepareIndex(table, params);
    scope.postMessage({ id, ok: true, prepared } satisfies EngineReply, transferables(prepared));
  } catch (err) {
    scope.postMessage({
      id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    } satisfies EngineReply);
  }
};
