/// <reference lib="webworker" />
import { communitiesToLists } from '../model/communities/detect';
import { detectCommunities } from '../model/communities/louvain';
import type { CommunitiesReply, CommunitiesRequest } from './communities-protocol';

// Louvain over 5,000 actors takes a few hundred ms: here it does not hold up the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CommunitiesRequest>) => {
  const { id, graph, seed } = event.data;
  let reply: CommunitiesReply;
  try {
    reply = { id, type: 'done', ...communitiesToLists(detectCommunities(graph, seed)) };
  } catch (error) {
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
