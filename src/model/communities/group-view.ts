import type { Snapshot, SnapshotEdge, SnapshotNode } from '../types';
import type { Communities } from './detect';
import { type RelationTally, addRelation, emptyTally } from './tally';

/** A node end of a grouped edge: an actor id (shown on its own) or a community id (folded). */
export type Endpoint = { actor: string } | { community: number };

/** A folded community at t: its present members stand behind one node. */
export interface MetaNode {
  community: number;
  /** Members present (and not filtered out) at t, most central first. */
  members: string[];
  /** The most central present member's label, and "and N others" when there are others. */
  label: string;
  /** The most central present member's label alone. */
  lead: string;
  /** The group of actors with no cooperative link (see Community.loose). */
  loose: boolean;
}

/** What the group of actors with no cooperative link is called. */
export const LOOSE_LABEL = 'No cooperative link';

/** Everything drawn between two ends of which at least one is a folded community. */
export interface MetaEdge extends RelationTally {
  /** `meta:` + both ends, stable for the same two ends. */
  id: string;
  source: Endpoint;
  target: Endpoint;
  /** Its sign is the sign of the member relations' summed tone. */
  sign: -1 | 0 | 1;
}

/** Relations inside one folded community (not drawn; the inspector counts them). */
export type InnerRelations = RelationTally;

export interface GroupedView {
  /** Actors shown on their own: members of expanded communities and communities of one. */
  actors: SnapshotNode[];
  meta: MetaNode[];
  /** Relations and ties between two actors shown on their own, exactly as in the snapshot. */
  edges: SnapshotEdge[];
  metaEdges: MetaEdge[];
  inner: Map<number, InnerRelations>;
  /** Ties with a folded end: not drawn (a tie has no tone to add up). */
  foldedTies: number;
}

/** The meta-nodes of the folded communities shown, by community id, with their present members. */
export function metaNodesOf(
  shown: ReadonlySet<number>,
  communities: Communities,
  present: (id: string) => boolean,
  labelOf: (id: string) => string,
): MetaNode[] {
  return [...shown]
    .sort((a, b) => a - b)
    .map((k) => {
      const community = communities.communities[k];
      const members = community.members.filter(present);
      const lead = labelOf(members[0]);
      const others = members.length - 1;
      const named = others ? `${lead} and ${others} other${others === 1 ? '' : 's'}` : lead;
      const loose = community.loose === true;
      return { community: k, members, label: loose ? LOOSE_LABEL : named, lead, loose };
    });
}

const endKey = (e: Endpoint) => ('actor' in e ? `a:${e.actor}` : `c:${e.community}`);

/**
 * The snapshot as the grouped graph draws it: one meta-node per community with a member present,
 * except communities in `expanded` and communities of a single actor, whose members are shown on
 * their own. Relations between two folded ends (or a folded and a single end) add up into one
 * meta-edge: counts by sign, summed tone (its sign) and summed weight. Expanding every community
 * gives back the snapshot's nodes and edges unchanged.
 */
export function groupView(
  snapshot: Snapshot,
  communities: Communities,
  expanded: ReadonlySet<number>,
): GroupedView {
  const folded = (k: number) => !expanded.has(k) && communities.communities[k].members.length > 1;
  const present = new Map<string, SnapshotNode>(snapshot.nodes.map((n) => [n.id, n]));
  const endOf = new Map<string, Endpoint>();
  const actors: SnapshotNode[] = [];
  const shownCommunities = new Set<number>();
  for (const node of snapshot.nodes) {
    const k = communities.of.get(node.id);
    if (k === undefined || !folded(k)) {
      actors.push(node);
      endOf.set(node.id, { actor: node.id });
    } else {
      shownCommunities.add(k);
      endOf.set(node.id, { community: k });
    }
  }
  const meta = metaNodesOf(
    shownCommunities,
    communities,
    (id) => present.has(id),
    (id) => present.get(id)!.label,
  );

  const edges: SnapshotEdge[] = [];
  const metaEdges = new Map<string, MetaEdge>();
  const inner = new Map<number, InnerRelations>();
  let foldedTies = 0;
  for (const edge of snapshot.edges) {
    const a = endOf.get(edge.source);
    const b = endOf.get(edge.target);
    if (!a || !b) continue;
    if ('actor' in a && 'actor' in b) {
      edges.push(edge);
      continue;
    }
    if (edge.kind !== 'relation') {
      foldedTies++;
      continue;
    }
    if ('community' in a && 'community' in b && a.community === b.community) {
      const box = inner.get(a.community) ?? emptyTally();
      addRelation(box, edge);
      inner.set(a.community, box);
      continue;
    }
    const [ka, kb] = [endKey(a), endKey(b)];
    const [source, target] = ka < kb ? [a, b] : [b, a];
    const id = `meta:${ka < kb ? ka : kb}~${ka < kb ? kb : ka}`;
    let m = metaEdges.get(id);
    if (!m) {
      m = { id, source, target, ...emptyTally(), sign: 0 };
      metaEdges.set(id, m);
    }
    addRelation(m, edge);
  }
  for (const m of metaEdges.values()) m.sign = m.toneSum > 0 ? 1 : m.toneSum < 0 ? -1 : 0;
  return { actors, meta, edges, metaEdges: [...metaEdges.values()], inner, foldedTies };
}

/** The community an endpoint stands for, or undefined for an actor. */
export function communityOf(end: Endpoint): number | undefined {
  return 'community' in end ? end.community : undefined;
}
