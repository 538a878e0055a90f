import { formatDay } from '../dates';
import type { DatasetIndex, Span } from '../time/dataset-index';
import type { Dataset } from '../types';
import { type DynamicGraph, type DynamicOptions, type Valued, dynamicGraph } from './dynamic-graph';
import { type EdgeDirection, directionAttrs } from './direction';
import { EDGE_FIELDS, type FieldDef, type FieldValue, NODE_FIELDS, fieldsFor } from './fields';
import { attributeDecls, edgeType, nodeViz, openGexf } from './gexf';
import { KIND_COLORS } from './palette';
import type { Positions } from './positions';
import { XmlWriter, attr } from './xml';

const inDynamic = (fields: readonly FieldDef[], series: boolean) =>
  fieldsFor(fields, 'gexf-dynamic').filter((f) => (f.series === true) === series);
const NODE_STATIC = inDynamic(NODE_FIELDS, false);
const NODE_DYNAMIC = inDynamic(NODE_FIELDS, true);
const EDGE_STATIC = inDynamic(EDGE_FIELDS, false);
// The weight series is titled "strength": networkx (following Gephi 0.7) reads an attribute titled
// "weight" as the static weight and keeps only its last value. The edge element has a static weight.
const EDGE_DYNAMIC = inDynamic(EDGE_FIELDS, true);

// Days repeat across millions of values (every period start): each is formatted once.
const days = new Map<number, string>();
const day = (d: number) => {
  let text = days.get(d);
  if (text === undefined) days.set(d, (text = formatDay(d)));
  return text;
};
const when = (s: Span) => ({ start: day(s.start), end: day(s.end) });

function writeSpells(w: XmlWriter, spells: Span[]): void {
  if (spells.length <= 1) return;
  w.open('spells');
  for (const s of spells) w.empty('spell', when(s));
  w.close('spells');
}

function writeValues(
  w: XmlWriter,
  [fixedAttrs, timedAttrs]: readonly [readonly FieldDef[], readonly FieldDef[]],
  fixed: Record<string, FieldValue>,
  timed: Record<string, Valued<string | number | boolean>[]>,
) {
  w.open('attvalues');
  for (const { name } of fixedAttrs)
    if (fixed[name] !== undefined) w.empty('attvalue', { for: name, value: fixed[name] });
  for (const { name } of timedAttrs) {
    const field = attr('for', name);
    // Millions of these in a large set: written straight, as `empty` would write them.
    for (const r of timed[name] ?? [])
      w.emptyWith(
        'attvalue',
        `${field}${attr('value', r.value)}${attr('start', day(r.start))}${attr('end', day(r.end))}`,
      );
  }
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
  openGexf(w, `Entente alliances and rivalries, ${range.start} to ${range.end}`, lastModified);
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
    writeValues(w, [NODE_STATIC, NODE_DYNAMIC], { kind: n.kind }, { name: n.labels });
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
      [EDGE_STATIC, EDGE_DYNAMIC],
      { kind: e.kind, tie: e.tie, role: e.role, label: e.label, ...directionAttrs(e) },
      {
        strength: e.weight,
        score: e.score,
        sign: e.sign,
        events: e.events,
        evidence: e.evidence,
        confidence: e.confidence,
        insufficient: e.insufficient,
        lasting: e.lasting,
      },
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
