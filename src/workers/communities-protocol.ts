import type { CommunityLists } from '../model/communities/detect';
import type { SpanGraph } from '../model/span-layout/span-graph';

/** Find the communities of a span graph (Louvain, seeded). */
export interface CommunitiesRequest {
  id: number;
  graph: SpanGraph;
  seed: number;
}

export type CommunitiesReply =
  ({ id: number; type: 'done' } & CommunityLists) | { id: number; type: 'error'; message: string };
