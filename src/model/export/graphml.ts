import type { Snapshot } from '../types';
import { type EdgeDirection, directionAttrs, isDirectedEdge } from './direction';
import type { Positions } from './positions';
import { XmlWriter } from './xml';

interface KeyDef {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

/** Every key is declared up front, as GraphML readers (yEd, Gephi, networkx, igraph) expect. */
export const GRAPHML_KEYS: readonly KeyDef[] = [
  { id: 'g_at', for: 'graph', name: 'at', type: 'string' },
  { id: 'g_from', for: 'graph', name: 'window_from', type: 'string' },
  { id: 'g_to', for: 'graph', name: 'window_to', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'e_kind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'e_sign', for: 'edge', name: 'sign', type: 'int' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_score', for: 'edge', name: 'score', type: 'double' },
  { id: 'e_events', for: 'edge', name: 'events', type: 'int' },
  { id: 'e_tie', for: 'edge', name: 'tie', type: 'string' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_directed', for: 'edge', name: 'directed', type: 'boolean' },
  { id: 'e_from', for: 'edge', name: 'from', type: 'string' },
  { id: 'e_to', for: 'edge', name: 'to', type: 'string' },
];

function data(w: XmlWriter, key: string, value: string | number | boolean | undefined): void {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return;
  w.text('data', String(value), { key });
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
  data(w, 'g_at', snapshot.at);
  data(w, 'g_from', snapshot.window?.from);
  data(w, 'g_to', snapshot.window?.to);
  for (const n of snapshot.nodes) {
    w.open('node', { id: n.id });
    data(w, 'n_label', n.label);
    data(w, 'n_kind', n.kind);
    const p = positions?.get(n.id);
    data(w, 'n_x', p?.x);
    data(w, 'n_y', p?.y);
    w.close('node');
  }
  for (const e of snapshot.edges) {
    w.open('edge', {
      id: e.id,
      source: e.source,
      target: e.target,
      directed: direction === 'mixed' && isDirectedEdge(e) ? 'true' : undefined,
    });
    data(w, 'e_kind', e.kind);
    data(w, 'e_sign', e.sign);
    data(w, 'e_weight', e.weight);
    data(w, 'e_score', e.score);
    data(w, 'e_events', e.events);
    data(w, 'e_tie', e.tie);
    data(w, 'e_role', e.role);
    data(w, 'e_label', e.label);
    const dir = directionAttrs(e);
    data(w, 'e_directed', dir.directed);
    data(w, 'e_from', dir.from);
    data(w, 'e_to', dir.to);
    w.close('edge');
  }
  w.close('graph');
  w.close('graphml');
  return w.toString();
}
