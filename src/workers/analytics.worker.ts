/// <reference lib="webworker" />
import wasmUrl from 'highs/runtime?url';
import { indexDataset } from '../model';
import type { AnalyticsSample } from '../model/analytics';
import { balanceSeries, exactFrustration, exactSeries } from '../model/analytics';
import type { AnalyticsReply, AnalyticsRequest } from './analytics-protocol';

// Balance over the whole span means a snapshot and a solve per sample: seconds of work that must
// never block scrubbing. HiGHS is loaded here only, on the first exact solve.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: AnalyticsReply) => scope.postMessage(reply);

let runtime: ReturnType<typeof load> | null = null;
function load() {
  return import('highs').then((m) => m.default({ locateFile: () => wasmUrl }));
}
const loadHighs = () => (runtime ??= load());

/** Only the newest series is worth finishing: a new dataset or category filter supersedes the old. */
let currentSeries = 0;
const SUPERSEDED = 'superseded';

/** Lets queued messages (an exact solve, a newer series) run between samples; stops a superseded series. */
const betweenFor = (id: number) => () =>
  new Promise<void>((resolve, reject) =>
    setTimeout(() => (currentSeries === id ? resolve() : reject(new Error(SUPERSEDED))), 0),
  );

/** Exact time per sample is capped so one hard date cannot stall the chart. */
const SERIES_SAMPLE_SECONDS = 3;

async function series(request: Extract<AnalyticsRequest, { type: 'series' }>): Promise<void> {
  currentSeries = request.id;
  const index = indexDataset(request.dataset, request.options);
  const local = balanceSeries(index, request.step);
  post({ type: 'series-local', id: request.id, samples: local });
  const merged: AnalyticsSample[] = [...local];
  let lastSent = Date.now();
  await exactSeries(index, request.step, {
    loadHighs,
    timeLimit: SERIES_SAMPLE_SECONDS,
    between: betweenFor(request.id),
    onSample: (sample, position) => {
      merged[position] = sample;
      const done = position + 1;
      if (done === local.length || Date.now() - lastSent > 250) {
        lastSent = Date.now();
        post({ type: 'series-exact', id: request.id, samples: [...merged], done, total: local.length });
      }
    },
  });
}

scope.onmessage = (event: MessageEvent<AnalyticsRequest>) => {
  const request = event.data;
  const fail = (err: unknown) =>
    post({ type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) });
  if (request.type === 'series') {
    void series(request).catch(fail);
  } else {
    void exactFrustration(request.graph, { loadHighs, timeLimit: request.timeLimit })
      .then((result) => post({ type: 'exact', id: request.id, result }))
      .catch(fail);
  }
};
