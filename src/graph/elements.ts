import type { Snapshot, SnapshotEdge } from '../model';

/**
 * Cytoscape keys plain objects by element id in its graph algorithms (the BFS behind `components()`,
 * which cose runs): a node id such as `constructor` or `__proto__` finds Object.prototype's member
 * there and crashes the view. So actor ids never reach cy as they are: every node id is prefixed, and
 * everything read back from cy goes through `actorIdOf`. Edge ids already start with `rel:`, `tie:` or
 * `ghost:`, which no prototype member does.
 */
const NODE_PREFIX = 'n:';

/** The Cytoscape id of an actor's node. */
export function cyNodeId(actorId: string): string {
  return NODE_PREFIX + actorId;
}

/** The actor id of a Cytoscape node id (the inverse of cyNodeId). */
export function actorIdOf(cyId: string): string {
  return cyId.startsWith(NODE_PREFIX) ? cyId.slice(NODE_PREFIX.length) : cyId;
}

/** The id the model and the store use for a cy element: actor ids for nodes, edge ids as they are. */
export function modelIdOf(element: { id(): string; isNode(): boolean }): string {
  return element.isNode() ? actorIdOf(element.id()) : element.id();
}

/** Edge widths and opacities move in this many visual steps, so small score drifts touch nothing. */
export const WEIGHT_STEPS = 8;

export function quantiseWeight(weight: number): number {
  return Math.round(Math.min(1, Math.max(0, weight)) * WEIGHT_STEPS) / WEIGHT_STEPS;
}

const SIGN_STEPS = WEIGHT_STEPS + 1;

/** 1..27: which of the 3 x 9 drawn looks a relation has (0 is kept for "not drawn"). */
export function lookCode(sign: -1 | 0 | 1, weight: number): number {
  return 1 + (sign + 1) * SIGN_STEPS + quantiseWeight(weight) * WEIGHT_STEPS;
}

export function lookOfCode(code: number): { sign: -1 | 0 | 1; w: number } {
  const sign = (Math.floor((code - 1) / SIGN_STEPS) - 1) as -1 | 0 | 1;
  return { sign, w: ((code - 1) % SIGN_STEPS) / WEIGHT_STEPS };
}

/**
 * What the canvas shows of an edge; only these fields live in cy, so unchanged looks are never touched.
 * `source` and `target` are Cytoscape node ids (cyNodeId).
 */
export interface EdgeLook {
  id: string;
  source: string;
  target: string;
  kind: SnapshotEdge['kind'];
  sign: -1 | 0 | 1;
  w: number;
}

export interface NodeLook {
  /** The Cytoscape id (cyNodeId of the actor id). */
  id: string;
  label: string;
  kind: string;
}

export function edgeLook(e: SnapshotEdge): EdgeLook {
  return {
    id: e.id,
    source: cyNodeId(e.source),
    target: cyNodeId(e.target),
    kind: e.kind,
    sign: e.sign,
    w: quantiseWeight(e.weight),
  };
}

export function sameLook(a: { sign: number; w: number; kind: string }, b: EdgeLook): boolean {
  return a.sign === b.sign && a.w === b.w && a.kind === b.kind;
}

/** How a node's label at t is drawn (the adapter shortens long names); identity by default. */
export type LabelFor = (id: string, label: string) => string;

export function snapshotLooks(
  snapshot: Snapshot,
  labelFor: LabelFor = (_id, label) => label,
): {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
} {
  return {
    nodes: new Map(
      snapshot.nodes.map((n) => [n.id, { id: cyNodeId(n.id), label: labelFor(n.id, n.label), kind: n.kind }]),
    ),
    edges: new Map(snapshot.edges.map((e) => [e.id, edgeLook(e)])),
  };
}
