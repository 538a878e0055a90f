import { formatDay } from '../dates';
import type { DatasetIndex, Span } from '../time/dataset-index';
import type { Dataset } from '../types';
import { type DynamicGraph, type DynamicOptions, type Valued, dynamicGraph } from './dynamic-graph';
import { type EdgeDirection, directionAttrs } from './direction';
import { attributeDecls, edgeType, nodeViz, openGexf } from './gexf';
import { KIND_COLORS } from './palette';
import type { Positions } from './positions';
import { XmlWriter } from './xml';

const NODE_STATIC = [{ id: 'kind', title: 'kind', type: 'string' }];
const NODE_DYNAMIC = [{ id: 'name', title: 'name', type: 'string' }];
const EDGE_STATIC = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'tie', title: 'tie', type: 'string' },
  { id: 'role', title: 'role', type: 'string' },
  { id: 'label', title: 'label', type: 'string' },
  { id: 'directed', title: 'directed', type: 'boolean' },
  { id: 'from', title: 'from', type: 'string' },
  { id: 'to', title: 'to', type: 'string' },
];
// Not titled "weight": networkx (following Gephi 0.7) reads an attribute of that title as the static
// weight and keeps only its last value. The edge element carries a static weight instead.
const EDGE_DYNAMIC = [
  { id: 'strength', title: 'strength', type: 'double' },
  { id: 'score', title: 'score', type: 'double' },
  { id: 'sign', title: 'sign', type: 'integer' },
  { id: 'events', title: 'events', type: 'integer' },
];

const when = (s: Span) => ({ start: formatDay(s.start), end: formatDay(s.end) });

function writeSpells(w: XmlWriter, spells: Span[]): void {
  if (spells.length <= 1) return;
  w.open('spells');
  for (const s of spells) w.empty('spell', when(s));
  w.close('spells');
}

function writeValues(
  w: XmlWriter,
  fixed: Record<string, string | boolean | undefined>,
  timed: Record<string, Valued<string | number>[]>,
) {
  w.open('attvalues');
  for (const [key, value] of Object.entries(fixed))
    if (value !== undefined) w.empty('attvalue', { for: key, value });
  for (const [key, runs] of Object.entries(timed))
    for (const r of runs) w.empty('attvalue', { for: key, value: r.value, ...when(r) });
  w.close('attvalues');
}

/** Writes a prepared dynamic graph (see `dynamicGraph`) as GEXF 1.3 with timeformat "date". */
export function dynamicGraphToGexf(
  graph: DynamicGraph,
  options: { positions?: Positions; lastModified?: string; direction?: EdgeDirection } = {},
): string {
  const { positions, lastModified, direction = 'undirected' } = options;
  const w = new XmlWriter();
  const range = when(graph.span);
  openGexf(w, `Entente alliances and rivalries, ${range.start} to ${range.end}`, lastModified ?? range.end);
  w.open('graph', {
    mode: 'dynamic',
    defaultedgetype: 'undirected',
    timeformat: 'date',
    timerepresentation: 'interval',
    ...range,
  });
  attributeDecls(w, 'node', 'static', NODE_STATIC);
  attributeDecls(w, 'node', 'dynamic', NODE_DYNAMIC);
  attributeDecls(w, 'edge', 'static', EDGE_STATIC);
  attributeDecls(w, 'edge', 'dynamic', EDGE_DYNAMIC);
  w.open('nodes', { count: graph.nodes.length });
  for (const n of graph.nodes) {
    // A single spell goes on the element itself; several need <spells>.
    const own = n.spells.length === 1 ? when(n.spells[0]) : {};
    w.open('node', { id: n.id, label: n.label, ...own });
    writeValues(w, { kind: n.kind }, { name: n.labels });
    writeSpells(w, n.spells);
    nodeViz(w, KIND_COLORS[n.kind], positions?.get(n.id));
    w.close('node');
  }
  w.close('nodes');
  w.open('edges', { count: graph.edges.length });
  for (const e of graph.edges) {
    const own = e.spells.length === 1 ? when(e.spells[0]) : {};
    w.open('edge', {
      id: e.id,
      source: e.source,
      target: e.target,
      type: edgeType(e, direction),
      kind: e.kind,
      label: e.label,
      // The strongest the tie gets: what a reader without a timeline draws.
      weight: Math.max(...e.weight.map((r) => r.value)),
      ...own,
    });
    writeValues(
      w,
      { kind: e.kind, tie: e.tie, role: e.role, label: e.label, ...directionAttrs(e) },
      { strength: e.weight, score: e.score, sign: e.sign, events: e.events },
    );
    writeSpells(w, e.spells);
    w.close('edge');
  }
  w.close('edges');
  w.close('graph');
  w.close('gexf');
  return w.toString();
}

/** The whole dataset span as a dynamic GEXF that Gephi's timeline can play. */
export function datasetToDynamicGexf(
  source: Dataset | DatasetIndex,
  options: Partial<DynamicOptions> & {
    positions?: Positions;
    lastModified?: string;
    direction?: EdgeDirection;
  } = {},
): string {
  return dynamicGraphToGexf(dynamicGraph(source, options), options);
}
