import { DIRECTED_TIE_TYPES } from '../kinds';
import type { SnapshotEdge } from '../types';

/**
 * How the graph formats state edge direction. `undirected` (the default) is one graph type that
 * networkx, igraph, R's igraph/tidygraph and Gephi all read: every edge is undirected and the few
 * directed ties carry their direction as attributes (`directed`, `from`, `to`). `mixed` marks
 * membership and leadership edges directed inside an undirected graph: legal GraphML/GEXF that
 * Gephi draws with arrows, but networkx refuses and igraph reads as undirected.
 */
export type EdgeDirection = 'undirected' | 'mixed';
export const EDGE_DIRECTIONS: readonly EdgeDirection[] = ['undirected', 'mixed'];

/**
 * Ties whose ends are not interchangeable (the schema's DIRECTED_TIE_TYPES): member -> organisation,
 * leader -> state, patron -> client. Relations and the other ties are mutual.
 */
const DIRECTED_KINDS: ReadonlySet<string> = new Set(DIRECTED_TIE_TYPES);

export function isDirectedEdge(edge: Pick<SnapshotEdge, 'kind'>): boolean {
  return DIRECTED_KINDS.has(edge.kind);
}

/** The attributes that keep direction recoverable whatever the graph type a reader imposes. */
export function directionAttrs(edge: Pick<SnapshotEdge, 'kind' | 'source' | 'target'>) {
  return { directed: isDirectedEdge(edge), from: edge.source, to: edge.target };
}
