import type { DatasetIndex } from '../model';
import { COMMUNITY_SEED, type Communities, communitiesFromLists } from '../model/communities/detect';
import { type SpanGraph, spanGraph } from '../model/span-layout/span-graph';
import type { CommunitiesReply } from './communities-protocol';
import { lazyWorker } from './lazy-worker';

let nextId = 1;
const handlers = new Map<number, (reply: CommunitiesReply) => void>();

const communitiesWorker = lazyWorker(
  () => new Worker(new URL('./communities.worker.ts', import.meta.url), { type: 'module' }),
  (worker) => {
    worker.addEventListener('message', (event: MessageEvent<CommunitiesReply>) => {
      handlers.get(event.data.id)?.(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      for (const [id, handle] of handlers)
        handle({ type: 'error', id, message: 'communities worker failed' });
      handlers.clear();
      communitiesWorker.drop();
    });
  },
);

// One detection per dataset index, shared by every caller while the index lives.
const pending = new WeakMap<DatasetIndex, Promise<Communities>>();

/**
 * The dataset's communities over the whole span (detectCommunities), found in a worker. Where no
 * worker can start (tests, old browsers) or the worker fails, they are found here instead.
 */
export function communitiesOf(index: DatasetIndex): Promise<Communities> {
  let result = pending.get(index);
  if (!result) {
    result = detect(index);
    pending.set(index, result);
  }
  return result;
}

// Imported on demand: graphology and Louvain stay out of the page's first bundle.
async function detectHere(graph: SpanGraph): Promise<Communities> {
  const { detectCommunities } = await import('../model/communities/louvain');
  return detectCommunities(graph, COMMUNITY_SEED);
}

function detect(index: DatasetIndex): Promise<Communities> {
  const graph = spanGraph(index);
  const worker = communitiesWorker.get();
  if (!worker) return detectHere(graph);
  return new Promise((resolve) => {
    const id = nextId++;
    handlers.set(id, (reply) => {
      handlers.delete(id);
      resolve(reply.type === 'done' ? communitiesFromLists(reply) : detectHere(graph));
    });
    worker.postMessage({ id, graph, seed: COMMUNITY_SEED });
  });
}
