import type { Snapshot } from '../types';
import { csvDocument } from './escape';
import type { Positions } from './positions';

export const NODE_COLUMNS = ['id', 'label', 'kind', 'x', 'y'] as const;
export const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'kind',
  'sign',
  'weight',
  'score',
  'events',
  'tie',
  'role',
  'label',
] as const;

/** nodes.csv: one row per actor alive at t; x/y only when positions are given (empty otherwise). */
export function nodesCsv(snapshot: Snapshot, positions?: Positions): string {
  return csvDocument(
    NODE_COLUMNS,
    snapshot.nodes.map((n) => {
      const p = positions?.get(n.id);
      return [n.id, n.label, n.kind, p?.x, p?.y];
    }),
  );
}

/** edges.csv: one row per relation or tie; columns that do not apply to a row are empty. */
export function edgesCsv(snapshot: Snapshot): string {
  return csvDocument(
    EDGE_COLUMNS,
    snapshot.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.kind,
      e.sign,
      e.weight,
      e.score,
      e.events,
      e.tie,
      e.role,
      e.label,
    ]),
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
