import { quantiseConfidence, quantiseWeight, type Snapshot, type SnapshotEdge } from '../model';

export {
  CONFIDENCE_LEVELS,
  WEIGHT_STEPS,
  lookCode,
  lookOfCode,
  quantiseConfidence,
  quantiseWeight,
} from '../model';

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
  /** Relations: quantised confidence (opacity); ties: 1. */
  c: number;
  /** 1 for a relation with insufficient evidence (drawn dotted and faint). */
  low: 0 | 1;
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
    c:
      e.kind === 'relation' && !e.insufficient
        ? quantiseConfidence(e.confidence ?? 1)
        : e.kind === 'relation'
          ? 0
          : 1,
    low: e.insufficient ? 1 : 0,
  };
}

export function sameLook(
  a: { sign: number; w: number; kind: string; c?: number; low?: number },
  b: EdgeLook,
): boolean {
  return (
    a.sign === b.sign && a.w === b.w && a.kind === b.kind && (a.c ?? 1) === b.c && (a.low ?? 0) === b.low
  );
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
