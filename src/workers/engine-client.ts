import {
  DAYS_PER_YEAR,
  DEFAULT_ENGINE_OPTIONS,
  indexDataset,
  type Dataset,
  type DatasetIndex,
  type EngineOptions,
} from '../model';
import { eventTableBuilder, type EventTable } from '../model/time/pair-columns';
import type { EngineReply, PreparedIndex } from './engine-task';
import { lazyWorker } from './lazy-worker';

/** Below this many events indexing takes a few ms: a worker round trip would only add latency. */
export const OFF_THREAD_MIN_EVENTS = 50_000;
const TABLE_SLICE = 10_000;

export type PrepareRemotely = (table: EventTable, lambda: number) => Promise<PreparedIndex>;

const engine = lazyWorker(
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
);
let nextId = 1;

/** Runs prepareIndex in the engine worker; rejects if the worker fails, so the caller can fall back. */
const inWorker: PrepareRemotely = (table, lambda) => {
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
    const buffers = [table.source, table.target, table.dateOf, table.score].map(
      (a) => a.buffer as ArrayBuffer,
    );
    w.postMessage({ id, table, lambda }, buffers);
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
  if (dataset.events.length < OFF_THREAD_MIN_EVENTS) return indexDataset(dataset, options);
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
  const lambda = Math.LN2 / (opts.halfLifeYears * DAYS_PER_YEAR);
  try {
    return indexDataset(dataset, options, await remote(table, lambda));
  } catch {
    return indexDataset(dataset, options);
  }
}
