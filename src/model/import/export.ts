import Papa from 'papaparse';
import type { Citation, Dataset } from '../types';
import { ACTOR_FIELDS } from './columns';
import { EVENT_FIELDS } from './draft';
import { decimalText, guardCsvText } from '../export/escape';
import { encodeAliases, encodeCsvText } from './csv-text';

/** Entente JSON text for a dataset; importing it gives back an identical dataset. */
export function exportDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

function citationsCell(citations: readonly Citation[] | undefined): string {
  if (!citations?.length) return '';
  // The compact form cannot carry notes or ids with ":" or "|"; JSON can, and the importer reads both.
  const compact = citations.every((c) => c.note === undefined && !/[:|]/.test(c.source));
  return compact
    ? citations.map((c) => (c.line === undefined ? c.source : `${c.source}:${c.line}`)).join('|')
    : JSON.stringify(citations);
}

/**
 * The CSV pair for a dataset. It carries actors and events; ties, source titles and meta need the JSON
 * format. Re-importing the pair gives back the same actors and events. Text cells a spreadsheet would
 * run as a formula (starting with = + - @ tab or CR) get a leading apostrophe, as in the snapshot CSV;
 * the importer removes it again (see unguardCsvText), so the round trip is exact.
 */
export function exportCsvPair(dataset: Dataset): { 'actors.csv': string; 'events.csv': string } {
  const actorRows = dataset.actors.flatMap((a) =>
    a.labels.map((l, i) => ({
      id: a.id,
      kind: i === 0 ? a.kind : '',
      label: encodeCsvText(l.label),
      label_from: l.from ?? '',
      label_to: l.to ?? '',
      aliases: i === 0 ? encodeAliases(a.aliases) : '',
      from: i === 0 ? (a.exists?.from ?? '') : '',
      to: i === 0 ? (a.exists?.to ?? '') : '',
      description: i === 0 ? encodeCsvText(a.description ?? '') : '',
      citations: i === 0 ? guardCsvText(citationsCell(a.citations)) : '',
    })),
  );
  const eventRows = dataset.events.map((e) => ({
    id: e.id,
    date: e.date,
    source: e.source,
    target: e.target,
    cameo: e.cameo,
    // Numbers in plain decimal notation: the table importers read no exponents.
    score: decimalText(e.score),
    summary: encodeCsvText(e.summary),
    rationale: encodeCsvText(e.rationale ?? ''),
    major: e.major === undefined ? '' : String(e.major),
    citations: guardCsvText(citationsCell(e.citations)),
    episode: e.episode ?? '',
    count: e.count === undefined ? '' : String(e.count),
  }));
  const opts = { newline: '\n' } as const;
  return {
    'actors.csv': `${Papa.unparse(actorRows, { ...opts, columns: [...ACTOR_FIELDS] })}\n`,
    'events.csv': `${Papa.unparse(eventRows, { ...opts, columns: [...EVENT_FIELDS] })}\n`,
  };
}
