import { DEFAULT_ITERATIONS, type SpanGraph } from '../model/span-layout/span-graph';
import type { LayoutReply, LayoutRequest, LayoutStart } from './layout-protocol';

export interface LayoutJobOptions {
  iterations?: number;
  /** Iterations between two checks for a cancel. */
  slice?: number;
  /** Least ms between two progress messages (default 300). */
  interval?: number;
  fixed?: Uint8Array;
  /** Positions so far, interleaved x, y in graph.ids order. */
  onProgress?: (xy: Float32Array, done: number, total: number) => void;
}

export interface LayoutJob {
  /** Stops the job; `result` then resolves to null. Later progress messages of the job are ignored. */
  cancel(): void;
  /** The final positions, or null when cancelled or replaced by a newer job. */
  result: Promise<Float32Array | null>;
}

/** What the client needs of a worker: the Worker API's message calls (tests pass a fake). */
export type LayoutPort = Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

/**
 * Runs span layouts in a worker, one at a time: starting a job cancels the previous one, and replies
 * from any job but the current one are dropped, so a slow old layout can never overwrite a newer one.
 * Where no worker can start (`connect` returns null) the job runs in this thread, sliced.
 */
export function layoutClient(connect: () => LayoutPort | null) {
  let nextId = 1;
  let active: { id: number; settle: (xy: Float32Array | null) => void; port: LayoutPort | null } | null =
    null;

  const finish = (id: number, xy: Float32Array | null) => {
    if (active?.id !== id) return;
    const { settle, port } = active;
    active = null;
    port?.removeEventListener('message', onMessage as EventListener);
    port?.removeEventListener('error', onError);
    settle(xy);
  };
  let progress: LayoutJobOptions['onProgress'];
  function onMessage(event: MessageEvent<LayoutReply>) {
    const reply = event.data;
    if (!active || reply.id !== active.id) return;
    if (reply.type === 'error') return finish(reply.id, null);
    progress?.(reply.xy, reply.done, reply.total);
    if (reply.done >= reply.total) finish(reply.id, reply.xy);
  }

  // A worker that fails (e.g. cannot load) ends the job without a result; the caller keeps what it drew.
  function onError() {
    if (active) finish(active.id, null);
  }

  return {
    start(graph: SpanGraph, start: Float32Array, options: LayoutJobOptions = {}): LayoutJob {
      if (active) cancelJob(active.id);
      const id = nextId++;
      const job: LayoutStart = {
        type: 'start',
        id,
        graph,
        start,
        fixed: options.fixed,
        iterations: options.iterations ?? DEFAULT_ITERATIONS,
        slice: options.slice ?? 10,
        interval: options.interval ?? 300,
      };
      progress = options.onProgress;
      const port = connect();
      const result = new Promise<Float32Array | null>((settle) => {
        active = { id, settle, port };
      });
      if (port) {
        port.addEventListener('message', onMessage as EventListener);
        port.addEventListener('error', onError);
        port.postMessage(job satisfies LayoutRequest);
      } else {
        // Loaded only here, so ForceAtlas2 stays out of the page's bundle when the worker runs it.
        void import('./layout-task').then(({ runLayoutJob, nextTurn }) =>
          runLayoutJob(job, {
            post: (reply) => onMessage({ data: reply } as MessageEvent<LayoutReply>),
            stopped: () => active?.id !== id,
            pause: nextTurn,
          }),
        );
      }
      return { cancel: () => cancelJob(id), result };
    },
  };

  function cancelJob(id: number) {
    if (active?.id !== id) return;
    active.port?.postMessage({ type: 'cancel', id } satisfies LayoutRequest);
    finish(id, null);
  }
}
