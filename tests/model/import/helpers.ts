import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../src/model';
import { exportCsvPair, importFiles, type ImportIssue, type ImportResult } from '../../../src/model/import';

// import.meta.dirname, not import.meta.url: under jsdom the URL is not a file: URL.
export const MINI_JSON = readFileSync(resolve(import.meta.dirname, '../../fixtures/mini.json'), 'utf8');

export function issuesOf(result: ImportResult): ImportIssue[] {
  if (result.ok)
    throw new Error(`expected the import to fail, it loaded ${result.dataset.events.length} events`);
  return result.issues;
}

export function datasetOf(result: ImportResult) {
  if (!result.ok)
    throw new Error(`expected the import to succeed: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.dataset;
}

/** A dataset exported as the CSV pair and imported again. */
export const reimportPair = (ds: Dataset) => {
  const files = exportCsvPair(ds);
  return datasetOf(
    importFiles([
      { name: 'actors.csv', text: files['actors.csv'] },
      { name: 'events.csv', text: files['events.csv'] },
    ]),
  );
};

export const importOne = (name: string, text: string) => importFiles([{ name, text }]);

export const ACTORS_CSV = `id,kind,label,aliases
russia,country,Russia,Moscow|USSR
pakistan,country,Pakistan,Islamabad
`;

export const EVENTS_CSV = `id,date,source,target,cameo,score,summary
ev-1,2003-02-04,pakistan,russia,042,1.9,Musharraf visits Moscow.
ev-2,2003-02-05,russia,pakistan,057,8,Agreements signed.
`;

export const pair = (actors: string, events: string) =>
  importFiles([
    { name: 'actors.csv', text: actors },
    { name: 'events.csv', text: events },
  ]);

const ICEWS_HEADER = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];
const icewsRow = (
  id: string,
  date: string,
  src: string,
  srcCountry: string,
  text: string,
  code: string,
  score: string,
  tgt: string,
  tgtCountry: string,
) =>
  [
    id,
    date,
    src,
    '',
    srcCountry,
    text,
    code,
    score,
    tgt,
    '',
    tgtCountry,
    '1',
    '1',
    'Wire',
    '',
    '',
    '',
    '',
    '',
    '',
  ].join('\t');

export const ICEWS = [
  ICEWS_HEADER.join('\t'),
  icewsRow('926685', '2003-02-04', 'Pakistan', 'Pakistan', 'Make a visit', '042', '1.9', 'Russia', 'Russia'),
  icewsRow(
    '926686',
    '2003-02-05',
    'Vladimir Putin',
    'Russia',
    'Sign formal agreement',
    '057',
    '8.0',
    'Pakistan',
    'Pakistan',
  ),
  icewsRow('926687', '2003-02-06', 'Pakistan', 'Pakistan', 'Make a visit', '042', '1.9', '', ''),
].join('\n');

/** A GDELT 1.0 row: 58 tab-separated columns, no header. */
export function gdeltRow(fields: {
  id: string;
  day: string;
  a1: [string, string, string];
  a2: [string, string, string];
  code: string;
  goldstein: string;
  count?: number;
}): string {
  const n = fields.count ?? 58;
  const c = Array<string>(n).fill('');
  c[0] = fields.id;
  c[1] = fields.day;
  [c[5], c[6], c[7]] = fields.a1;
  [c[15], c[16], c[17]] = fields.a2;
  c[26] = fields.code;
  c[30] = fields.goldstein;
  c[n - 1] = 'https://example.org/story';
  return c.join('\t');
}

export const GDELT = [
  gdeltRow({
    id: '1001',
    day: '20121004',
    a1: ['PAK', 'PAKISTAN', 'PAK'],
    a2: ['RUS', 'RUSSIA', 'RUS'],
    code: '036',
    goldstein: '4.0',
  }),
  gdeltRow({
    id: '1002',
    day: '20121005',
    a1: ['RUSGOV', 'RUSSIA', 'RUS'],
    a2: ['PAK', 'PAKISTAN', 'PAK'],
    code: '0233',
    goldstein: '7.4',
    count: 61,
  }),
  gdeltRow({
    id: '1003',
    day: '20121005',
    a1: ['USA', 'UNITED STATES', 'USA'],
    a2: ['', '', ''],
    code: '190',
    goldstein: '-10',
  }),
  gdeltRow({
    id: '1004',
    day: '20121006',
    a1: ['USA', 'UNITED STATES', 'USA'],
    a2: ['USA', 'UNITED STATES', 'USA'],
    code: '010',
    goldstein: '0',
  }),
].join('\n');
