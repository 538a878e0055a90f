import type { ActorKind } from '../types';
import { ActorRegistry, readableName } from './actors-registry';
import { cell, columnNames, EVENT_COLUMN_ALIASES, REQUIRED_EVENT_FIELDS } from './columns';
import { addEventRow, type DatasetDraft, type EventCells, type EventField, type Origin } from './draft';
import { slugify } from './slug';
import { duplicateColumns, extraCells, mapColumns, parseTable } from './table';
import { tallyWarning } from './tally';
import { issue, type ImportFile } from './types';

/**
 * Event tables: ICEWS exports (tab-separated, with header), GDELT 1.0/2.0 event files (tab-separated,
 * no header) and generic CSV/TSV with columns like date, source, target, cameo, goldstein. Actors are
 * created from the names (or GDELT codes) in the rows; each event cites its file and line.
 */
export type TableMode =
  | { kind: 'names'; registry: ActorRegistry; icews: boolean }
  | { kind: 'ids'; labels: ReadonlyMap<string, string> };

export function fileSourceId(draft: DatasetDraft, file: ImportFile): string {
  const id = slugify(file.name, 60);
  draft.addSource(id, file.name);
  return id;
}

/** Reads a table with a header row; `mode` says whether source/target are actor ids or names. */
export function readHeaderEventTable(
  draft: DatasetDraft,
  file: ImportFile,
  mode: TableMode,
  onProgress?: (fraction: number) => void,
): void {
  const table = parseTable(file.text, file.name, mode.kind === 'names' && mode.icews ? '\t' : '', onProgress);
  draft.issues.push(...table.issues);
  const [header, ...rows] = table.rows;
  if (!header) {
    draft.issues.push(issue(file.name, 'no rows', { expected: 'a header row and one row per event' }));
    return;
  }
  const twice = duplicateColumns(header, file.name);
  if (twice.length) {
    draft.issues.push(...twice);
    return;
  }
  const found = mapColumns(header.cells, EVENT_COLUMN_ALIASES);
  const missing = REQUIRED_EVENT_FIELDS.filter((f) => found[f] === undefined);
  for (const field of missing) {
    draft.issues.push(
      issue(file.name, `missing column "${field}"`, {
        line: header.line,
        field,
        expected: `a header with columns ${EVENT_COLUMN_ALIASES[field].slice(0, 3).join(' / ')} (found: ${header.cells.slice(0, 8).join(', ')})`,
      }),
    );
  }
  if (missing.length) return;
  const columns = columnNames(header.cells, found);
  const countryCols =
    mode.kind === 'names' && mode.icews
      ? mapColumns(header.cells, { source: ['sourcecountry'], target: ['targetcountry'] } as const)
      : {};
  const fileSource = fileSourceId(draft, file);
  const prefix = mode.kind === 'names' && mode.icews ? 'icews-' : '';

  for (const row of rows) {
    const extra = extraCells(row, header, file.name);
    if (extra) {
      draft.issues.push(extra);
      continue;
    }
    const origin: Origin = { file: file.name, line: row.line, columns };
    const cells: EventCells = {};
    for (const field of Object.keys(found) as EventField[]) cells[field] = cell(row.cells, found, field);
    const fallbackId = `${fileSource}-${row.line}`;
    if (mode.kind === 'ids') {
      const source = cells.source?.trim() ?? '';
      const target = cells.target?.trim() ?? '';
      addEventRow(draft, cells, {
        origin,
        source,
        target,
        sourceLabel: mode.labels.get(source) ?? source,
        targetLabel: mode.labels.get(target) ?? target,
        fallbackId,
        fileSource,
      });
      continue;
    }
    const kindOf = (side: 'source' | 'target'): ActorKind => {
      if (!mode.icews) return 'country';
      const country = cell(row.cells, countryCols, side).trim();
      return country && country.toLowerCase() === cells[side]?.trim().toLowerCase() ? 'country' : 'group';
    };
    const src = cells.source?.trim() ?? '';
    const tgt = cells.target?.trim() ?? '';
    if (!skipRow(draft, origin, src, tgt)) continue;
    const a = mode.registry.resolve(src, () => readableName(src), kindOf('source'), origin);
    const b = mode.registry.resolve(tgt, () => readableName(tgt), kindOf('target'), origin);
    if (cells.id?.trim()) cells.id = slugify(prefix + cells.id, 80);
    addEventRow(draft, cells, {
      origin,
      source: a.id,
      target: b.id,
      sourceLabel: a.label,
      targetLabel: b.label,
      fallbackId,
      fileSource,
    });
  }
}

/** Feeds have rows without a second actor or with one actor on both sides; they are skipped, counted. */
function skipRow(draft: DatasetDraft, origin: Origin, source: string, target: string): boolean {
  if (!source || !target) {
    tallyWarning(
      draft.tally,
      'no-actor',
      origin.file,
      origin.line,
      'row skipped: no source or no target actor',
      {
        field: !source ? (origin.columns.source ?? 'source') : (origin.columns.target ?? 'target'),
        expected: 'both a source and a target actor',
      },
    );
    return false;
  }
  if (source.toLowerCase() === target.toLowerCase()) {
    tallyWarning(
      draft.tally,
      'self',
      origin.file,
      origin.line,
      'row skipped: source and target are the same actor',
      {
        field: origin.columns.target ?? 'target',
        expected: 'two different actors',
      },
    );
    return false;
  }
  return true;
}

/** GDELT event columns used (0-based); columns 0-34 are the same in GDELT 1.0 and 2.0. */
const GDELT = {
  id: 0,
  day: 1,
  a1code: 5,
  a1name: 6,
  a1country: 7,
  a2code: 15,
  a2name: 16,
  a2country: 17,
  code: 26,
  goldstein: 30,
};
export const GDELT_COLUMN_COUNTS: readonly number[] = [57, 58, 61];
const GDELT_NAMES: Record<string, string> = {
  id: 'GlobalEventID',
  date: 'Day',
  source: 'Actor1Code',
  target: 'Actor2Code',
  cameo: 'EventCode',
  score: 'GoldsteinScale',
};

export function readGdeltTable(
  draft: DatasetDraft,
  file: ImportFile,
  registry: ActorRegistry,
  onProgress?: (fraction: number) => void,
): void {
  const table = parseTable(file.text, file.name, '\t', onProgress);
  draft.issues.push(...table.issues);
  const fileSource = fileSourceId(draft, file);
  for (const row of table.rows) {
    const c = row.cells;
    const origin: Origin = { file: file.name, line: row.line, columns: GDELT_NAMES };
    if (!GDELT_COLUMN_COUNTS.includes(c.length)) {
      draft.issues.push(
        issue(file.name, `row has ${c.length} columns`, {
          line: row.line,
          expected: 'a GDELT event row: 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated columns',
        }),
      );
      continue;
    }
    const src = c[GDELT.a1code].trim();
    const tgt = c[GDELT.a2code].trim();
    if (!skipRow(draft, origin, src, tgt)) continue;
    const a = registry.resolve(
      src,
      () => readableName(c[GDELT.a1name]),
      gdeltKind(src, c[GDELT.a1country]),
      origin,
    );
    const b = registry.resolve(
      tgt,
      () => readableName(c[GDELT.a2name]),
      gdeltKind(tgt, c[GDELT.a2country]),
      origin,
    );
    const url = c[c.length - 1].trim();
    addEventRow(
      draft,
      {
        id: slugify(`gdelt-${c[GDELT.id]}`, 80),
        date: c[GDELT.day],
        cameo: c[GDELT.code],
        score: c[GDELT.goldstein],
      },
      {
        origin,
        source: a.id,
        target: b.id,
        sourceLabel: a.label,
        targetLabel: b.label,
        fallbackId: `${fileSource}-${row.line}`,
        fileSource,
        note: /^https?:\/\//.test(url) ? url : undefined,
      },
    );
  }
}

function gdeltKind(code: string, country: string): ActorKind {
  if (/^(IGO|NGO|IMG)/.test(code)) return 'organization';
  return code === country.trim() && code.length === 3 ? 'country' : 'group';
}
