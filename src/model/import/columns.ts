import { decodeCsvText } from './csv-text';
import type { EventField } from './draft';

/**
 * Header names each field may have (compared after headerKey(): lower case, letters and digits only),
 * so the generic event table reads our own events.csv, ICEWS exports and GDELT-style headers alike.
 */
export const EVENT_COLUMN_ALIASES: Record<EventField, readonly string[]> = {
  id: ['id', 'eventid', 'globaleventid'],
  date: ['date', 'eventdate', 'day', 'sqldate'],
  source: ['source', 'sourcename', 'actor1name', 'actor1', 'sourceactor', 'actor1code'],
  target: ['target', 'targetname', 'actor2name', 'actor2', 'targetactor', 'actor2code'],
  cameo: ['cameo', 'cameocode', 'eventcode', 'code'],
  score: ['score', 'goldstein', 'goldsteinscale', 'intensity'],
  summary: ['summary', 'eventtext', 'text', 'description'],
  rationale: ['rationale'],
  major: ['major'],
  citations: ['citations', 'citation'],
  episode: ['episode', 'episodeid'],
  count: ['count', 'rows', 'numevents', 'eventcount'],
};

export const REQUIRED_EVENT_FIELDS: readonly EventField[] = ['date', 'source', 'target', 'cameo'];

export const ACTOR_FIELDS = [
  'id',
  'kind',
  'label',
  'label_from',
  'label_to',
  'aliases',
  'from',
  'to',
  'description',
  'citations',
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];

export const ACTOR_COLUMN_ALIASES: Record<ActorField, readonly string[]> = {
  id: ['id', 'actorid'],
  kind: ['kind', 'type'],
  label: ['label', 'name'],
  label_from: ['labelfrom'],
  label_to: ['labelto'],
  aliases: ['aliases', 'alias'],
  from: ['from', 'existsfrom', 'start'],
  to: ['to', 'existsto', 'end'],
  description: ['description'],
  citations: ['citations', 'citation'],
};

export const REQUIRED_ACTOR_FIELDS: readonly ActorField[] = ['id', 'label'];

/** Column index -> name map for the fields found, used to name the field of an issue. */
export function columnNames<F extends string>(
  header: readonly string[],
  found: Partial<Record<F, number>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, at] of Object.entries(found) as [F, number][]) out[field] = header[at];
  return out;
}

/**
 * A cell's text, trimmed. A cell that starts with an apostrophe followed by = + - @ tab, CR or another
 * apostrophe is one our CSV exports guarded against spreadsheet formulas: the first apostrophe is
 * removed. A cell that is an apostrophe and a JSON string (`'" Talks "`) is text our export wrote
 * exactly (see csv-text.ts). Either way an exported CSV imports back exactly.
 */
export function cell<F extends string>(
  cells: readonly string[],
  found: Partial<Record<F, number>>,
  field: F,
): string {
  const at = found[field];
  return at === undefined ? '' : decodeCsvText(cells[at] ?? '');
}
