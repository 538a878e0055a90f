import { EDGE_COLUMNS, NODE_COLUMNS } from '../export/csv';
import { issue, type ImportFile, type ImportIssue } from './types';

const DATASET =
  'an Entente dataset (JSON with meta, actors, events), actors.csv + events.csv, or an ICEWS, GDELT or generic event table';

function head(text: string): string {
  return text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
}

function headerCells(text: string): string[] {
  const line = head(text).split(/\r?\n/, 1)[0] ?? '';
  return line.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
}

const sameColumns = (cells: string[], columns: readonly string[]) =>
  cells.length === columns.length && columns.every((c, i) => cells[i] === c);

/** edges.csv as exported before the evidence columns were added: still an export, not a dataset. */
const EVIDENCE_COLUMNS: ReadonlySet<string> = new Set(['evidence', 'confidence', 'insufficient', 'lasting']);
const EARLIER_EDGE_COLUMNS = EDGE_COLUMNS.filter((c) => !EVIDENCE_COLUMNS.has(c));

/**
 * Files people try to import that are Entente's own exports (or other graph formats) rather than a
 * dataset. They hold a graph at one date, not dated events, so they cannot become a dataset; say what
 * the file is and what to import instead, rather than failing on the first missing field.
 */
export function recogniseNonDataset(file: ImportFile): ImportIssue | null {
  const text = head(file.text);
  // The snapshot JSON starts with its date (our writer's order); a dataset starts with meta/actors.
  if (/^\{\s*"at"\s*:\s*"[^"]*"\s*,\s*"(window|nodes)"/.test(text)) {
    const at = /"at"\s*:\s*"([^"]{0,40})"/.exec(text)?.[1];
    return issue(
      file.name,
      `this is an Entente snapshot (the graph at ${at ?? 'one date'}, as exported), not a dataset: import the dataset it came from`,
      { expected: DATASET },
    );
  }
  const cells = headerCells(file.text);
  const table = sameColumns(cells, NODE_COLUMNS)
    ? 'nodes'
    : sameColumns(cells, EDGE_COLUMNS) || sameColumns(cells, EARLIER_EDGE_COLUMNS)
      ? 'edges'
      : null;
  if (table)
    return issue(
      file.name,
      `this is an Entente snapshot's ${table} table (CSV export of the graph at one date), not a dataset: import the dataset it came from; actors.csv + events.csv are the tables Entente imports`,
      { expected: DATASET },
    );
  const graph = /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(graphml|gexf)\b/i.exec(text)?.[3]?.toLowerCase();
  if (graph)
    return issue(
      file.name,
      `this is a ${graph === 'gexf' ? 'GEXF' : 'GraphML'} graph file, not a dataset: Entente builds its graph from dated events, so import the dataset the graph was made from, or write its ties as an events table (date, source, target, cameo columns; see docs/IMPORT.md)`,
      { expected: DATASET },
    );
  return null;
}
