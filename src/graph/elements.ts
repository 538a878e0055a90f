import { type Snapshot, type SnapshotEdge, quantiseWeight } from '../model';

export { WEIGHT_STEPS, lookCode, lookOfCode, quantiseWeight } from '../model';

/** What the canvas shows of an edge; only these fields live in cy, so unchanged looks are never touched. */
export interface EdgeLook {
  id: string;
  source: string;
  target: string;
  kind: SnapshotEdge['kind'];
  sign: -1 | 0 | 1;
  w: number;
}

export interface NodeLook {
  id: string;
  label: string;
  kind: string;
}

export function edgeLook(e: SnapshotEdge): EdgeLook {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
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
      snapshot.nodes.map((n) => [n.id, { id: n.id, label: labelFor(n.id, n.label), kind: n.kind }]),
    ),
    edges: new Map(snapshot.edges.map((e) => [e.id, edgeLook(e)])),
  };
}
