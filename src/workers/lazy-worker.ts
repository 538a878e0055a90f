/**
 * One worker of a kind, started on first use; after it fails, `drop()` so the next request starts a
 * fresh one. `start` must contain the literal `new Worker(new URL('./x.worker.ts', import.meta.url))`
 * so the bundler finds the worker. `get()` is null where no worker can start (tests, old browsers).
 */
export function lazyWorker(start: () => Worker, setup?: (worker: Worker) => void) {
  let worker: Worker | null = null;
  return {
    get(): Worker | null {
      if (worker) return worker;
      if (typeof Worker === 'undefined') return null;
      try {
        worker = start();
        setup?.(worker);
        return worker;
      } catch {
        return null;
      }
    },
    drop() {
      worker = null;
    },
  };
}
