import {
  DEFAULT_ENGINE_OPTIONS,
  indexDataset,
  type Dataset,
  type DatasetIndex,
  type EngineOptions,
} from '../model';
import { type ColumnParams, eventTableBuilder, type EventTable } from '../model/time/pair-columns';
import { columnParams } from '../model/time/dataset-index';
import type { EngineReply, PreparedIndex } from './engine-task';
import { lazyWorker } from './lazy-worker';

/** Below this many events indexing takes a few ms: a worker round trip would only add latency. */
export const OFF_THREAD_MIN_EVENTS = 50_000;
/**
 * ...unless the actors are many: the time grid grows with the pairs, so 2,000 actors with only 12,000
 * events took 330-490 ms to index here, one long task in the middle of an import.
 */
export const OFF_THREAD_MIN_ACTORS = 500;

/** Whether indexing `dataset` is worth a worker round trip (see the two thresholds above). */
export function indexesOffThread(dataset: Dataset): boolean {
  return dataset.events.length >= OFF_THREAD_MIN_EVENTS || dataset.actors.length >= OFF_THREAD_MIN_ACTORS;
}
const TABLE_SLICE = 10_000;

export type PrepareRemotely = (table: EventTable, params: ColumnParams) => Promise<PreparedIndex>;

const engine = lazyWorker(
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
);
let nextId = 1;

/** Runs prepareIndex in the engine worker; rejects if the worker fails, so the caller can fall back. */
const inWorker: PrepareRemotely = (table, params) => {
  const w = engine.get();
  if (!w) return Promise.reject(new Error('no worker'));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<EngineReply>) => {
      if (event.data.id !== id) return;
      stop();
      if (event.data.ok) resolve(event.data.prepared);
      else reject(new Error(event.data.error));
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      engine.drop();
      reject(new Error(event.message || 'engine worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const buffers = [
      table.source,
      table.target,
      table.dateOf,
      table.score,
      table.conflict,
      table.root,
      table.count,
      table.cite,
      table.episode,
    ].map((a) => a.buffer as ArrayBuffer);
    w.postMessage({ id, table, params }, buffers);
  });
};

/**
 * indexDataset for large datasets without freezing the page: the main thread only turns events into
 * numbers (a fast loop), a worker groups, sorts and sums them, and the result comes back as transferred
 * buffers. Same index as indexDataset; small datasets, and any worker failure, index in this thread.
 * For the store: `const index = await indexDatasetOffThread(dataset, options)`.
 */
export async function indexDatasetOffThread(
  dataset: Dataset,
  options: Partial<EngineOptions> = {},
  remote: PrepareRemotely = inWorker,
): Promise<DatasetIndex> {
  if (!indexesOffThread(dataset)) return indexDataset(dataset, options);
  const opts = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  // Must match indexDataset: slots are positions in dataset.actors, the last one winning for a repeated id.
  const actorOrder = dataset.actors.map((a) => a.id);
  const slot = new Map(actorOrder.map((id, i) => [id, i]));
  // Turning a million events into numbers takes a few hundred ms: done in slices, the page stays live.
  const { table, fill } = eventTableBuilder(dataset, slot, actorOrder.length);
  for (let from = 0; from < dataset.events.length; from += TABLE_SLICE) {
    fill(from, from + TABLE_SLICE);
    if (from + TABLE_SLICE < dataset.events.length) await new Promise((r) => setTimeout(r, 0));
  }
  try {
    return indexDataset(dataset, options, await remote(table, columnParams(opts)));
  } catch {
    return indexDataset(dataset, options);
  }
}
