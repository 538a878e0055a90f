import { ACTOR_KINDS } from '../schema';
import type { ActorKind } from '../types';
import {
  ACTOR_COLUMN_ALIASES,
  ACTOR_FIELDS,
  cell,
  columnNames,
  REQUIRED_ACTOR_FIELDS,
  type ActorField,
} from './columns';
import { readCitations, type DatasetDraft, type Origin } from './draft';
import { fileSourceId, readHeaderEventTable } from './event-table';
import { duplicateColumns, extraCells, mapColumns, parseTable } from './table';
import { issue, type ImportFile } from './types';
import { TEXT_LIMITS, clipCell } from './tally';
import { decodeAliases } from './csv-text';

/**
 * The CSV pair: actors.csv (one row per actor, or per label period) and events.csv (one row per event,
 * source/target are actor ids). Columns are documented in docs/IMPORT.md.
 *
 * actors.csv: id, kind, label, label_from, label_to, aliases (separated by "|"), from, to, description,
 * citations. A later row with the same id adds a label period and must leave the other columns empty.
 */
export function readCsvPair(
  draft: DatasetDraft,
  actorsFile: ImportFile,
  eventFiles: readonly ImportFile[],
  onProgress?: (file: string, fraction: number) => void,
): void {
  const labels = readActorsCsv(draft, actorsFile);
  for (const file of eventFiles)
    readHeaderEventTable(draft, file, { kind: 'ids', labels }, (f) => onProgress?.(file.name, f));
  // Citations may name sources that only a full JSON dataset describes; list them by id.
  const cited = [...draft.actors, ...draft.events].flatMap((x) => x.citations ?? []);
  for (const c of cited) if (typeof c?.source === 'string') draft.addSource(c.source, c.source);
}

const ONLY_ON_FIRST_ROW: readonly ActorField[] = [
  'kind',
  'aliases',
  'from',
  'to',
  'description',
  'citations',
];

/** Reads actors.csv into the draft; returns id -> first label, for summaries. */
export function readActorsCsv(draft: DatasetDraft, file: ImportFile): Map<string, string> {
  const labels = new Map<string, string>();
  const table = parseTable(file.text, file.name, '');
  draft.issues.push(...table.issues);
  const [header, ...rows] = table.rows;
  if (!header) {
    draft.issues.push(issue(file.name, 'no rows', { expected: 'a header row and one row per actor' }));
    return labels;
  }
  const twice = duplicateColumns(header, file.name);
  if (twice.length) {
    draft.issues.push(...twice);
    return labels;
  }
  const found = mapColumns(header.cells, ACTOR_COLUMN_ALIASES);
  const missing = REQUIRED_ACTOR_FIELDS.filter((f) => found[f] === undefined);
  for (const field of missing) {
    draft.issues.push(
      issue(file.name, `missing column "${field}"`, {
        line: header.line,
        field,
        expected: `a header with columns ${ACTOR_FIELDS.join(', ')} (id and label required)`,
      }),
    );
  }
  if (missing.length) return labels;
  const columns = columnNames(header.cells, found);
  const fileSource = fileSourceId(draft, file);
  const byId = new Map<string, number>();

  for (const row of rows) {
    const extra = extraCells(row, header, file.name);
    if (extra) {
      draft.issues.push(extra);
      continue;
    }
    const get = (f: ActorField) => cell(row.cells, found, f);
    const origin: Origin = { file: file.name, line: row.line, columns };
    const fail = (field: ActorField, message: string, expected: string) =>
      draft.issues.push(
        issue(file.name, message, { line: row.line, field: columns[field] ?? field, expected }),
      );
    const id = get('id');
    // Said in the table's own words (file, line, column): the validator would name a JSON field.
    if (!id) {
      fail('id', `the ${columns.id ?? 'id'} cell is empty`, 'an actor id such as "pakistan"');
      continue;
    }
    if (!get('label')) {
      fail('label', `the ${columns.label ?? 'label'} cell is empty`, 'the name shown for the actor');
      continue;
    }
    const cut = (field: ActorField, text: string, max: number) =>
      clipCell(draft.tally, text, max, { file: file.name, line: row.line, column: columns[field] ?? field });
    const label: { label: string; from?: string; to?: string } = {
      label: cut('label', get('label'), TEXT_LIMITS.label),
    };
    if (get('label_from')) label.from = get('label_from');
    if (get('label_to')) label.to = get('label_to');

    const at = byId.get(id);
    if (at !== undefined) {
      const stray = ONLY_ON_FIRST_ROW.filter((f) => get(f) !== '');
      if (stray.length) {
        fail(
          'id',
          `duplicate actor id "${id}"`,
          'a new id, or a label-period row with only id, label, label_from, label_to',
        );
        continue;
      }
      draft.actors[at].labels.push(label);
      continue;
    }
    const kind = get('kind') || 'country';
    if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
      fail('kind', `unknown actor kind "${kind}"`, `one of ${ACTOR_KINDS.join(', ')}`);
      continue;
    }
    let citations;
    if (get('citations')) {
      citations = readCitations(get('citations'), { origin, fileSource }, (m) =>
        fail('citations', m, 'source or source:line, separated by "|"'),
      );
      if (!citations) continue;
    }
    const exists: { from?: string; to?: string } = {};
    if (get('from')) exists.from = get('from');
    if (get('to')) exists.to = get('to');
    byId.set(id, draft.actors.length);
    labels.set(id, label.label);
    draft.addActor(
      {
        id,
        kind: kind as ActorKind,
        labels: [label],
        aliases: decodeAliases(get('aliases')).map((a) => cut('aliases', a, TEXT_LIMITS.alias)),
        ...(exists.from || exists.to ? { exists } : {}),
        ...(get('description')
          ? { description: cut('description', get('description'), TEXT_LIMITS.description) }
          : {}),
        ...(citations ? { citations } : {}),
      },
      origin,
    );
  }
  return labels;
}
