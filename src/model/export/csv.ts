import type { Snapshot } from '../types';
import { csvDocument } from './escape';
import { edgeValues, lastingPairs, nodeValues } from './field-values';
import { EDGE_FIELDS, type FieldValue, NODE_FIELDS, fieldsFor } from './fields';
import type { Positions } from './positions';

export const NODE_COLUMNS = fieldsFor(NODE_FIELDS, 'csv').map((f) => f.name);
export const EDGE_COLUMNS = fieldsFor(EDGE_FIELDS, 'csv').map((f) => f.name);

/** Booleans as `true`/`false`, which pandas, R and spreadsheets read as booleans. */
const cell = (v: FieldValue) => (typeof v === 'boolean' ? String(v) : v);

/** nodes.csv: one row per actor alive at t; x/y only when positions are given (empty otherwise). */
export function nodesCsv(snapshot: Snapshot, positions?: Positions): string {
  return csvDocument(
    NODE_COLUMNS,
    snapshot.nodes.map((n) => {
      const values = nodeValues(n, positions?.get(n.id));
      return NODE_COLUMNS.map((c) => cell(values[c]));
    }),
  );
}

/** edges.csv: one row per relation or tie; columns that do not apply to a row are empty. */
export function edgesCsv(snapshot: Snapshot): string {
  const lasting = lastingPairs(snapshot);
  return csvDocument(
    EDGE_COLUMNS,
    snapshot.edges.map((e) => {
      const values = edgeValues(e, lasting);
      return EDGE_COLUMNS.map((c) => cell(values[c]));
    }),
  );
}

/**
 * The UTF-8 byte-order mark. Excel on Windows opens a CSV without it in the system code page (so
 * "Bhutto" survives but "Zia-ul-Haq’s" or "Пакистан" come out garbled); with it, as UTF-8. Other
 * readers (pandas, R, LibreOffice, Papa Parse) skip it.
 */
export const UTF8_BOM = '\uFEFF';

export function withBom(text: string, bom: boolean): string {
  return bom ? UTF8_BOM + text : text;
}
