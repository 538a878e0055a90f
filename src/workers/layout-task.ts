import { forceRun } from '../model/span-layout/force-atlas';
import type { LayoutReply, LayoutStart } from './layout-protocol';

export interface LayoutTaskHooks {
  post: (reply: LayoutReply) => void;
  /** True once the job was cancelled or replaced; checked between slices. */
  stopped: () => boolean;
  /** Lets queued messages (a cancel) in between slices. */
  pause: () => Promise<void>;
}

/**
 * Runs one layout job in slices, posting positions after each, until it is done or stopped. Shared by
 * the worker and the in-thread fallback, so both speak the same protocol.
 */
export async function runLayoutJob(job: LayoutStart, hooks: LayoutTaskHooks): Promise<void> {
  try {
    const run = forceRun(job.graph, job.start, { iterations: job.iterations, fixed: job.fixed });
    const slice = Math.max(1, job.slice);
    let posted = -Infinity;
    while (run.done < run.total) {
      if (hooks.stopped()) return;
      const xy = run.step(slice);
      const last = run.done >= run.total;
      if (last || performance.now() - posted >= (job.interval ?? 0)) {
        posted = performance.now();
        hooks.post({ type: 'progress', id: job.id, done: run.done, total: run.total, xy: xy.slice() });
      }
      if (!last) await hooks.pause();
    }
    if (run.total === 0) {
      hooks.post({ type: 'progress', id: job.id, done: 0, total: 0, xy: job.start.slice() });
    }
  } catch (err) {
    hooks.post({ type: 'error', id: job.id, message: err instanceof Error ? err.message : String(err) });
  }
}

export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
