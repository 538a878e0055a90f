import type { Snapshot } from '../types';
import { type EdgeDirection, isDirectedEdge } from './direction';
import { edgeValues, lastingPairs, nodeValues } from './field-values';
import {
  EDGE_FIELDS,
  type FieldDef,
  type FieldValue,
  GRAPH_FIELDS,
  NODE_FIELDS,
  fieldsFor,
  xmlType,
} from './fields';
import type { Positions } from './positions';
import { XmlWriter } from './xml';

interface KeyDef {
  id: string;
  for: FieldDef['of'];
  name: string;
  type: string;
}

const keysOf = (fields: readonly FieldDef[]): KeyDef[] =>
  fieldsFor(fields, 'graphml').map((f) => ({
    id: `${f.of[0]}_${f.name}`,
    for: f.of,
    name: f.name,
    type: xmlType(f.type, 'graphml'),
  }));

/** Every key is declared up front, as GraphML readers (yEd, Gephi, networkx, igraph) expect. */
export const GRAPHML_KEYS: readonly KeyDef[] = [
  ...keysOf(GRAPH_FIELDS),
  ...keysOf(NODE_FIELDS),
  ...keysOf(EDGE_FIELDS),
];
const keysFor = (of: FieldDef['of']) => GRAPHML_KEYS.filter((k) => k.for === of);

function data(w: XmlWriter, key: string, value: FieldValue): void {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return;
  w.text('data', String(value), { key });
}

/** The `<data>` children of one element, in key order. */
function dataOf(w: XmlWriter, of: FieldDef['of'], values: Record<string, FieldValue>): void {
  for (const k of keysFor(of)) data(w, k.id, values[k.name]);
}

/**
 * The snapshot as GraphML 1.0; relations and ties are parallel edges told apart by `kind`. Direction
 * is always in the `directed`/`from`/`to` attributes; `mixed` also marks directed edges in the markup.
 */
export function snapshotToGraphml(
  snapshot: Snapshot,
  positions?: Positions,
  direction: EdgeDirection = 'undirected',
): string {
  const w = new XmlWriter();
  w.open('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  for (const k of GRAPHML_KEYS) {
    if (!positions && (k.id === 'n_x' || k.id === 'n_y')) continue;
    w.empty('key', { id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': k.type });
  }
  w.open('graph', { id: 'entente', edgedefault: 'undirected' });
  dataOf(w, 'graph', { at: snapshot.at, window_from: snapshot.window?.from, window_to: snapshot.window?.to });
  for (const n of snapshot.nodes) {
    w.open('node', { id: n.id });
    dataOf(w, 'node', nodeValues(n, positions?.get(n.id)));
    w.close('node');
  }
  const lasting = lastingPairs(snapshot);
  for (const e of snapshot.edges) {
    w.open('edge', {
      id: e.id,
      source: e.source,
      target: e.target,
      directed: direction === 'mixed' && isDirectedEdge(e) ? 'true' : undefined,
    });
    dataOf(w, 'edge', edgeValues(e, lasting));
    w.close('edge');
  }
  w.close('graph');
  w.close('graphml');
  return w.toString();
}
