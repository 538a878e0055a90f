import { ACTOR_COLUMN_ALIASES, EVENT_COLUMN_ALIASES, REQUIRED_EVENT_FIELDS } from './columns';
import { GDELT_COLUMN_COUNTS } from './event-table';
import { unpackedName } from './packed';
import { headerKey } from './table';
import type { ImportFile, ImportFormat } from './types';

const ICEWS_MARKERS = ['eventid', 'eventdate', 'sourcename', 'cameocode', 'targetname'];

function firstLine(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  return (end === -1 ? text.slice(start) : text.slice(start, end)).replace(/\r$/, '');
}

/**
 * Guesses a file's format from its name and first line. Content wins over the name: a file called
 * data.csv that starts with "{" is JSON. Only the first line is split here (naively, for a guess);
 * the real parse uses papaparse.
 */
export function detectFormat(file: ImportFile): ImportFormat {
  const head = file.text.slice(0, 64 * 1024).trimStart();
  const name = unpackedName(file.name.toLowerCase());
  if (head.startsWith('{') || head.startsWith('[')) return 'entente-json';
  if (name.endsWith('.json') && !head.includes('\t') && !head.includes(',')) return 'entente-json';
  const line = firstLine(file.text);
  const tabs = line.split('\t');
  if (
    tabs.length >= 50 &&
    GDELT_COLUMN_COUNTS.includes(tabs.length) &&
    /^\d+$/.test(tabs[0]) &&
    /^\d{8}$/.test(tabs[1])
  )
    return 'gdelt';
  const cells = (
    tabs.length > 1 ? tabs : line.split(line.includes(';') && !line.includes(',') ? ';' : ',')
  ).map((c) => headerKey(c.replace(/^"|"$/g, '')));
  if (ICEWS_MARKERS.every((m) => cells.includes(m))) return 'icews';
  const has = (aliases: readonly string[]) => aliases.some((a) => cells.includes(a));
  if (REQUIRED_EVENT_FIELDS.every((f) => has(EVENT_COLUMN_ALIASES[f]))) return 'events-csv';
  if (has(ACTOR_COLUMN_ALIASES.id) && has(ACTOR_COLUMN_ALIASES.label) && !has(EVENT_COLUMN_ALIASES.date))
    return 'actors-csv';
  if (/actors?\b/.test(name) && name.endsWith('.csv')) return 'actors-csv';
  if (/\.(csv|tsv|tab|txt)$/.test(name)) return 'events-csv';
  if (name.endsWith('.json')) return 'entente-json';
  return 'unknown';
}
