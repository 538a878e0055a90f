import { DEFAULT_ENGINE_OPTIONS, DEFAULT_STANDING, type TieType } from '../types';

/**
 * Every field the data exports carry, defined once with its type, the formats that carry it and its
 * meaning. The CSV, GraphML and GEXF writers take their columns and attributes from here, and
 * `npm run docs:fields` writes docs/EXPORT.md's field table from it (a test fails when they differ), so
 * the documented meaning is the code's. Numbers in the meanings come from the engine's defaults.
 */
export type FieldType = 'string' | 'int' | 'double' | 'boolean';
export type FieldFormat = 'json' | 'csv' | 'graphml' | 'gexf' | 'gexf-dynamic';
export type FieldValue = string | number | boolean | undefined;

export interface FieldDef {
  name: string;
  of: 'graph' | 'node' | 'edge';
  type: FieldType;
  formats: readonly FieldFormat[];
  /** Dynamic GEXF: a time series (one value per interval) rather than one value. */
  series?: true;
  /** GraphML/GEXF carry it in the element itself (`id`, `source`, GEXF's `label`/`weight`), not as data. */
  element?: readonly FieldFormat[];
  meaning: string;
}

const o = DEFAULT_ENGINE_OPTIONS;
const ALL: readonly FieldFormat[] = ['json', 'csv', 'graphml', 'gexf', 'gexf-dynamic'];
const SNAPSHOT: readonly FieldFormat[] = ['json', 'csv', 'graphml', 'gexf'];
const XML: readonly FieldFormat[] = ['graphml', 'gexf', 'gexf-dynamic'];

/** Tie types that set a standing baseline while in force: the lasting states. */
export const LASTING_TIE_TYPES = Object.keys(DEFAULT_STANDING) as TieType[];
const lastingList = LASTING_TIE_TYPES.join(', ');

export const GRAPH_FIELDS: readonly FieldDef[] = [
  { name: 'at', of: 'graph', type: 'string', formats: ['json', 'graphml'], meaning: 'the date (YYYY-MM-DD)' },
  {
    name: 'window_from',
    of: 'graph',
    type: 'string',
    formats: ['json', 'graphml'],
    meaning:
      'window mode only: first day of the window (JSON: `window.from`, `window.to`); relations then count the events in the window, undecayed',
  },
  {
    name: 'window_to',
    of: 'graph',
    type: 'string',
    formats: ['json', 'graphml'],
    meaning: 'window mode only: last day of the window',
  },
  {
    name: 'start',
    of: 'graph',
    type: 'string',
    formats: ['gexf', 'gexf-dynamic'],
    element: ['gexf', 'gexf-dynamic'],
    meaning:
      '`<graph start end>` with `timeformat="date"`: the snapshot\'s date (window: its first and last day; dynamic: the span); networkx keeps both in `G.graph`',
  },
  {
    name: 'end',
    of: 'graph',
    type: 'string',
    formats: ['gexf', 'gexf-dynamic'],
    element: ['gexf', 'gexf-dynamic'],
    meaning: 'see `start`',
  },
  {
    name: 'lastmodifieddate',
    of: 'graph',
    type: 'string',
    formats: ['gexf', 'gexf-dynamic'],
    element: ['gexf', 'gexf-dynamic'],
    meaning:
      '`<meta>`: the day the file was written (UTC; the CLI honours `SOURCE_DATE_EPOCH` for reproducible files), whatever date it shows',
  },
];

export const NODE_FIELDS: readonly FieldDef[] = [
  { name: 'id', of: 'node', type: 'string', formats: ALL, element: XML, meaning: 'actor id' },
  {
    name: 'label',
    of: 'node',
    type: 'string',
    formats: ALL,
    element: ['gexf', 'gexf-dynamic'],
    meaning: 'its name at that date (dynamic GEXF: the last name; `name` follows renamings)',
  },
  {
    name: 'name',
    of: 'node',
    type: 'string',
    formats: ['gexf-dynamic'],
    series: true,
    meaning: 'the name over time',
  },
  {
    name: 'kind',
    of: 'node',
    type: 'string',
    formats: ALL,
    meaning: '`country`, `leader`, `organization` or `group`',
  },
  {
    name: 'x',
    of: 'node',
    type: 'double',
    formats: ['json', 'csv', 'graphml'],
    meaning: 'drawing position, y pointing down (absent without positions; GEXF: `viz:position` with y up)',
  },
  { name: 'y', of: 'node', type: 'double', formats: ['json', 'csv', 'graphml'], meaning: 'see `x`' },
];

export const EDGE_FIELDS: readonly FieldDef[] = [
  {
    name: 'id',
    of: 'edge',
    type: 'string',
    formats: ALL,
    element: XML,
    meaning: '`rel:a~b` for the relation of a pair (ids sorted), `tie:ID` for a tie',
  },
  {
    name: 'source',
    of: 'edge',
    type: 'string',
    formats: ALL,
    element: XML,
    meaning:
      'actor id; for membership, leadership and patronage: member/leader/patron → organisation/state/client',
  },
  { name: 'target', of: 'edge', type: 'string', formats: ALL, element: XML, meaning: 'actor id' },
  {
    name: 'kind',
    of: 'edge',
    type: 'string',
    formats: ALL,
    meaning:
      '`relation`, or the tie type: `membership`, `leadership`, and the lasting states ' + `${lastingList}`,
  },
  {
    name: 'sign',
    of: 'edge',
    type: 'int',
    formats: ALL,
    series: true,
    meaning: `−1 hostile, 0 neutral, +1 friendly. A relation is 0 when |score| ≤ ${o.neutralBand} or its evidence is insufficient; a tie is −1 for a hostile type (war, rivalry, estrangement, proxy contest), else +1`,
  },
  {
    name: 'weight',
    of: 'edge',
    type: 'double',
    formats: SNAPSHOT.concat('gexf-dynamic'),
    element: ['gexf', 'gexf-dynamic'],
    meaning: `strength in [0, 1), drawn as the width: |score| / (|score| + ${o.weightScale}); ties: 1. Dynamic GEXF: the largest \`strength\` the edge reaches`,
  },
  {
    name: 'strength',
    of: 'edge',
    type: 'double',
    formats: ['gexf-dynamic'],
    series: true,
    meaning: 'the weight over time (not titled `weight`: networkx would keep only its last value)',
  },
  {
    name: 'score',
    of: 'edge',
    type: 'double',
    formats: ALL,
    series: true,
    meaning: `relations: the tone, −10…+10: (Σ w·s + κ·b) / (Σ w + κ), the events' scores s weighted by w (decayed with a ${o.halfLifeYears}-year half-life) shrunk toward the baseline b of the lasting states in force, κ = ${o.kappa}; window mode: undecayed, no baseline. Ties: the sign. Dynamic GEXF: rounded to 0.25`,
  },
  {
    name: 'events',
    of: 'edge',
    type: 'int',
    formats: ALL,
    series: true,
    meaning: 'relations: how many events count at that date (window: begun in the window)',
  },
  {
    name: 'evidence',
    of: 'edge',
    type: 'double',
    formats: ALL,
    series: true,
    meaning: `relations: the evidence behind the tone, Σ w (within an episode the k-th strongest act counts ${o.episodeRemainder}^(k−1); conflict events ×${o.conflictWeight}; decayed with the half-life, undecayed in window mode). Dynamic GEXF: rounded to 0.25`,
  },
  {
    name: 'confidence',
    of: 'edge',
    type: 'double',
    formats: ALL,
    series: true,
    meaning: `relations: evidence / (evidence + κ) in [0, 1): how far the events rather than the baseline set the tone (drawn as the line's opacity)`,
  },
  {
    name: 'insufficient',
    of: 'edge',
    type: 'boolean',
    formats: ALL,
    series: true,
    meaning: `relations: true when no lasting state is in force and evidence < ${o.minEvidence}: "insufficient evidence", sign 0 whatever the score (JSON: present only when true)`,
  },
  {
    name: 'lasting',
    of: 'edge',
    type: 'boolean',
    formats: ['csv', 'graphml', 'gexf', 'gexf-dynamic'],
    series: true,
    meaning: `relations: true when a lasting state (${lastingList}) between the pair is in force, so the tone leans on its baseline (its tie is an edge of the same pair); absent in window mode, which has no baseline`,
  },
  { name: 'tie', of: 'edge', type: 'string', formats: ALL, meaning: 'ties: the tie id' },
  { name: 'role', of: 'edge', type: 'string', formats: ALL, meaning: 'ties: the membership role' },
  { name: 'label', of: 'edge', type: 'string', formats: ALL, meaning: 'ties: the treaty or war name' },
  {
    name: 'directed',
    of: 'edge',
    type: 'boolean',
    formats: XML,
    meaning: 'true for membership, leadership and patronage (see Direction below)',
  },
  { name: 'from', of: 'edge', type: 'string', formats: XML, meaning: 'member/leader/patron (= source)' },
  { name: 'to', of: 'edge', type: 'string', formats: XML, meaning: 'organisation/state/client (= target)' },
];

/** The fields a format writes as data (columns, keys, declared attributes), in table order. */
export function fieldsFor(fields: readonly FieldDef[], format: FieldFormat): FieldDef[] {
  return fields.filter((f) => f.formats.includes(format) && !f.element?.includes(format));
}

/** GraphML's `attr.type` or GEXF's attribute type. */
export function xmlType(type: FieldType, format: 'graphml' | 'gexf'): string {
  return format === 'gexf' && type === 'int' ? 'integer' : type;
}
