import type { DatasetIndex } from '../model';
import {
  type AnalyticsSample,
  type FrustrationResult,
  type SeriesStep,
  type SignedGraph,
  balanceSeries,
  exactFrustration,
} from '../model/analytics';
import type { AnalyticsReply, AnalyticsRequest } from './analytics-protocol';
import { lazyWorker } from './lazy-worker';

let nextId = 1;
const handlers = new Map<number, (reply: AnalyticsReply) => void>();

const analytics = lazyWorker(
  () => new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module' }),
  (worker) => {
    worker.addEventListener('message', (event: MessageEvent<AnalyticsReply>) => {
      handlers.get(event.data.id)?.(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      for (const [id, handle] of handlers) handle({ type: 'error', id, message: 'analytics worker failed' });
      handlers.clear();
      analytics.drop();
    });
  },
);

export interface SeriesState {
  /** Local-search values first; replaced sample by sample by exact ones as they arrive. */
  samples: AnalyticsSample[] | null;
  /** How many leading samples are exact so far, out of `total`. */
  exactDone: number;
  total: number;
  error: string | null;
}

interface Entry {
  state: SeriesState;
  listeners: Set<(state: SeriesState) => void>;
}

// One computation per dataset index and step, shared by every watcher and kept while the index lives.
const cache = new WeakMap<DatasetIndex, Map<SeriesStep, Entry>>();

function update(entry: Entry, patch: Partial<SeriesState>): void {
  entry.state = { ...entry.state, ...patch };
  for (const listener of entry.listeners) listener(entry.state);
}

function start(index: DatasetIndex, step: SeriesStep, entry: Entry): void {
  const w = analytics.get();
  if (!w) {
    // No worker (tests, old browsers): the fast series only, computed after the current render.
    setTimeout(() => {
      const samples = balanceSeries(index, step);
      update(entry, { samples, total: samples.length });
    }, 0);
    return;
  }
  const id = nextId++;
  handlers.set(id, (reply) => {
    if (reply.type === 'series-local') update(entry, { samples: reply.samples, total: reply.samples.length });
    else if (reply.type === 'series-exact') {
      update(entry, { samples: reply.samples, exactDone: reply.done, total: reply.total });
      if (reply.done >= reply.total) handlers.delete(id);
    } else if (reply.type === 'error') {
      handlers.delete(id);
      // A newer series took the worker: forget this one so a later watcher starts it afresh.
      if (reply.message === 'superseded') cache.get(index)?.delete(step);
      else update(entry, { error: reply.message });
    }
  });
  w.postMessage({
    type: 'series',
    id,
    dataset: index.dataset,
    options: index.options,
    step,
  } satisfies AnalyticsRequest);
}

/** Subscribes to the balance/frustration series of an index; returns the unsubscribe function. */
export function watchSeries(
  index: DatasetIndex,
  step: SeriesStep,
  listener: (state: SeriesState) => void,
): () => void {
  let byStep = cache.get(index);
  if (!byStep) cache.set(index, (byStep = new Map()));
  let entry = byStep.get(step);
  if (!entry) {
    entry = { state: { samples: null, exactDone: 0, total: 0, error: null }, listeners: new Set() };
    byStep.set(step, entry);
    start(index, step, entry);
  }
  const current = entry;
  current.listeners.add(listener);
  listener(current.state);
  return () => {
    current.listeners.delete(listener);
  };
}

/** The exact frustration index of one graph, solved off the main thread where a worker can start. */
export function solveExact(graph: SignedGraph, timeLimit = 20): Promise<FrustrationResult> {
  const w = analytics.get();
  if (!w) return exactFrustration(graph, { timeLimit });
  const id = nextId++;
  return new Promise((resolve, reject) => {
    handlers.set(id, (reply) => {
      handlers.delete(id);
      if (reply.type === 'exact') resolve(reply.result);
      else if (reply.type === 'error') reject(new Error(reply.message));
    });
    w.postMessage({ type: 'exact', id, graph, timeLimit } satisfies AnalyticsRequest);
  });
}
