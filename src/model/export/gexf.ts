import type { Snapshot } from '../types';
import { type EdgeDirection, isDirectedEdge } from './direction';
import { edgeValues, lastingPairs } from './field-values';
import { EDGE_FIELDS, type FieldDef, type FieldValue, NODE_FIELDS, fieldsFor, xmlType } from './fields';
import { KIND_COLORS, edgeStroke, rgb } from './palette';
import type { Point, Positions } from './positions';
import { XmlWriter } from './xml';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

/**
 * The `<gexf>` root and `<meta>` shared by the static and dynamic exports. `lastModified` is the day
 * the file is written (the callers pass today); the date the graph shows is on `<graph start end>`.
 */
export function openGexf(w: XmlWriter, description: string, lastModified?: string): void {
  w.open('gexf', {
    xmlns: GEXF_NS,
    'xmlns:viz': GEXF_VIZ_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  w.open('meta', { lastmodifieddate: lastModified });
  w.text('creator', 'Entente');
  w.text('description', description);
  w.close('meta');
}

export function attributeDecls(
  w: XmlWriter,
  cls: 'node' | 'edge',
  mode: 'static' | 'dynamic',
  attrs: readonly { name: string; type: FieldDef['type'] }[],
): void {
  w.open('attributes', { class: cls, mode });
  for (const a of attrs) w.empty('attribute', { id: a.name, title: a.name, type: xmlType(a.type, 'gexf') });
  w.close('attributes');
}

/** Gephi reads colour and position from the viz namespace; the sizes match the SVG export. */
export function nodeViz(w: XmlWriter, color: string, p: Point | undefined): void {
  const { r, g, b } = rgb(color);
  w.empty('viz:color', { r, g, b });
  // GEXF's y axis points up; ours points down like the screen.
  if (p) w.empty('viz:position', { x: p.x, y: -p.y, z: 0 });
  w.empty('viz:size', { value: 10 });
}

export const STATIC_NODE_ATTRS = fieldsFor(NODE_FIELDS, 'gexf');
export const STATIC_EDGE_ATTRS = fieldsFor(EDGE_FIELDS, 'gexf');

/** Per-edge `type`, written only in `mixed` mode (see EdgeDirection). */
export function edgeType(edge: Parameters<typeof isDirectedEdge>[0], direction: EdgeDirection) {
  if (direction !== 'mixed') return undefined;
  return isDirectedEdge(edge) ? 'directed' : 'undirected';
}

function attvalues(w: XmlWriter, attrs: readonly FieldDef[], values: Record<string, FieldValue>): void {
  w.open('attvalues');
  for (const { name } of attrs) {
    const value = values[name];
    if (value !== undefined) w.empty('attvalue', { for: name, value });
  }
  w.close('attvalues');
}

/**
 * The snapshot at t as a static GEXF 1.3 graph; the edge weight is the snapshot's weight. The date is
 * `<graph start end>` (networkx drops `<meta>` but keeps these in `G.graph`).
 */
export function snapshotToGexf(
  snapshot: Snapshot,
  positions?: Positions,
  direction: EdgeDirection = 'undirected',
  lastModified?: string,
): string {
  const w = new XmlWriter();
  const when = snapshot.window ? `${snapshot.window.from} to ${snapshot.window.to}` : snapshot.at;
  openGexf(w, `Entente snapshot at ${when}`, lastModified);
  w.open('graph', {
    mode: 'static',
    defaultedgetype: 'undirected',
    timeformat: 'date',
    start: snapshot.window?.from ?? snapshot.at,
    end: snapshot.at,
  });
  attributeDecls(w, 'node', 'static', STATIC_NODE_ATTRS);
  attributeDecls(w, 'edge', 'static', STATIC_EDGE_ATTRS);
  w.open('nodes', { count: snapshot.nodes.length });
  for (const n of snapshot.nodes) {
    w.open('node', { id: n.id, label: n.label });
    attvalues(w, STATIC_NODE_ATTRS, { kind: n.kind });
    nodeViz(w, KIND_COLORS[n.kind], positions?.get(n.id));
    w.close('node');
  }
  w.close('nodes');
  w.open('edges', { count: snapshot.edges.length });
  const lasting = lastingPairs(snapshot);
  for (const e of snapshot.edges) {
    w.open('edge', {
      id: e.id,
      source: e.source,
      target: e.target,
      type: edgeType(e, direction),
      kind: e.kind,
      weight: e.weight,
      label: e.label,
    });
    attvalues(w, STATIC_EDGE_ATTRS, edgeValues(e, lasting));
    const { r, g, b } = rgb(edgeStroke(e).color);
    w.empty('viz:color', { r, g, b });
    w.close('edge');
  }
  w.close('edges');
  w.close('graph');
  w.close('gexf');
  return w.toString();
}
