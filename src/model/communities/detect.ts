// Louvain itself is in louvain.ts, which only workers and tests import: graphology stays out of the
// page's first bundle.

/** One community over the whole span. */
export interface Community {
  /** 0 for the largest; ties broken by the first member's place in the dataset (the loose group last). */
  id: number;
  /** Actor ids, most central first (cooperative strength over the span), then in dataset order. */
  members: string[];
  /**
   * The actors with no cooperative link over the whole span, gathered in one group (always the last)
   * so hundreds of loners do not each take a node: not a community Louvain found.
   */
  loose?: true;
}

/** A partition of every actor of the span into communities: each actor in exactly one. */
export interface Communities {
  communities: Community[];
  /** Actor id -> community id. */
  of: ReadonlyMap<string, number>;
  /** Louvain's modularity of the partition on the cooperative graph (0 when it has no links). */
  modularity: number;
}

/** The default Louvain seed: the same dataset always falls into the same communities. */
export const COMMUNITY_SEED = 1;

/** Communities of two or more actors: the ones grouping can fold. */
export function foldableCount(communities: Communities): number {
  return communities.communities.filter((c) => c.members.length > 1).length;
}

/** Communities as plain lists (what a worker sends back): members per community, the loose one's id or -1. */
export interface CommunityLists {
  members: string[][];
  loose: number;
  modularity: number;
}

export function communitiesToLists(c: Communities): CommunityLists {
  return {
    members: c.communities.map((k) => k.members),
    loose: c.communities.findIndex((k) => k.loose),
    modularity: c.modularity,
  };
}

export function communitiesFromLists(lists: CommunityLists): Communities {
  const of = new Map<string, number>();
  const communities = lists.members.map((members, id): Community => {
    members.forEach((m) => of.set(m, id));
    return id === lists.loose ? { id, members, loose: true } : { id, members };
  });
  return { communities, of, modularity: lists.modularity };
}
