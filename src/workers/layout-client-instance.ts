import { layoutClient } from './layout-client';
import { lazyWorker } from './lazy-worker';

const worker = lazyWorker(
  () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  (w) =>
    w.addEventListener('error', (event) => {
      // A worker that fails to load is replaced; the running job ends without a result.
      event.preventDefault();
      worker.drop();
    }),
);

/** The app's one layout client, on a worker started on first use. */
export const spanLayoutClient = layoutClient(() => worker.get());
