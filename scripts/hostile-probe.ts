/**
 * `npx tsx scripts/hostile-probe.ts [runs]`: the hostile-input probe of issue 21, re-runnable. It makes
 * hostile datasets (markup, formulas, controls, bidi overrides, prototype ids, whitespace at the ends,
 * "|" in aliases, huge counts, dates outside the span) and hostile files (extra cells, duplicate columns,
 * impossible times, UTF-16 without a BOM, double gzip, empty labels, row bombs), imports each, exports
 * every dataset that loads in six formats and round-trips it through Entente JSON and the CSV pair.
 * Prints counts: cases tried, script executions, crashes, data lost, unclear errors.
 */
import { gzipSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { type Dataset, indexDataset, snapshotAt } from '../src/model';
import {
  decodeFile,
  exportCsvPair,
  exportDataset,
  gunzipText,
  importFiles,
  type ImportFile,
  type ImportIssue,
} from '../src/model/import';
import { syntheticDataset } from '../src/model/synthetic';
import { writeExport, type Format } from '../src/cli/snapshot-formats';

const runs = Number(process.argv[2] ?? 150);
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]><script>x</script>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil","x")',
  '+cmd|"/c calc"!A0',
  '@SUM(A1)',
  '\u001b]0;pwned\u0007',
  'evil\u202eeman',
  '\u00a0padded\t',
  ' \r\nlines\r\n ',
  'US|UK',
  '\ud800lone',
  '&amp;&lt;',
  "'quoted",
  '</text><svg onload=alert(1)>',
];
const counts = { cases: 0, executions: 0, crashes: 0, dataLost: 0, unclear: 0 };
const notes: string[] = [];
const note = (kind: keyof typeof counts, what: string) => {
  counts[kind]++;
  if (notes.length < 20) notes.push(`${kind}: ${what}`);
};

/** A dataset with hostile text in every text field, picked by the seed. */
function hostileDataset(seed: number): Dataset {
  const ds = syntheticDataset({ seed, actors: 6, pairs: 5, events: 12 });
  const pick = fc.sample(fc.constantFrom(...HOSTILE), { seed, numRuns: 40 });
  let k = 0;
  const next = () => pick[k++ % pick.length];
  ds.actors.forEach((a) => {
    a.labels[0].label = next();
    a.aliases = [next(), next()];
    a.description = next();
  });
  ds.events.forEach((e, i) => {
    e.summary = next();
    if (i % 2) e.rationale = next();
    if (i % 3 === 0) e.count = [2, 10 ** 15, 2 ** 53 - 1][i % 3];
  });
  if (seed % 5 === 0) ds.actors[0].id = ['constructor', '__proto__', 'tostring', 'valueof'][seed % 4];
  return ds;
}

/** Files that must be refused (or warned about) with an error naming the place in plain words. */
function hostileFiles(): ImportFile[][] {
  const actors = 'id,label\nru,Russia\npk,Pakistan\n';
  const ev = (row: string, header = 'date,source,target,cameo,score,summary') => [
    { name: 'actors.csv', text: actors },
    { name: 'events.csv', text: `${header}\n${row}\n` },
  ];
  const utf16 = decodeFile(
    'e.csv',
    new Uint8Array(Buffer.from('date,source,target,cameo\n1995,A,B,04\n', 'utf16le')),
  );
  return [
    ev('1995-01-01,ru,pk,04,3,Talks held, ceasefire agreed'),
    ev('1995-01-01,ru,pk,04', 'date,source,target,cameo,Date'),
    ev('1995-01-01T25:61:00Z,ru,pk,04,1,x'),
    ev('0071-12-03,ru,pk,04,1,x'),
    ev('1995,ru,pk,04,1e1,x'),
    ev('1995,ru,pk,99,1,x'),
    [
      { name: 'actors.csv', text: 'id,label\nru,\n' },
      { name: 'events.csv', text: 'date,source,target,cameo\n1995,ru,pk,04\n' },
    ],
    [{ name: 'd.json', text: '{"meta": {"name": {"evil": 1}}}' }],
    [{ name: 'd.json', text: '{"__proto__": {"x": 1}}' }],
    [{ name: 'd.json', text: '['.repeat(100) }],
    [{ name: 'bin.json', text: '\u0000\u0001\u0002garbage' }],
    [utf16],
  ];
}

const clearIssue = (i: ImportIssue) =>
  Boolean(i.file) &&
  (i.line !== undefined || i.path.startsWith('$') || i.path === i.file) &&
  // eslint-disable-next-line no-control-regex
  !/Invalid input|Expected property name|[\u0000-\u0008]/.test(i.message);

/** Markup that would run: a script element or an on* attribute in any XML export. */
function executes(xml: string): boolean {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  const all = Array.from(doc.getElementsByTagName('*'));
  return all.some(
    (el) =>
      el.localName === 'script' ||
      Array.from(el.attributes).some(
        (a) => /^on/i.test(a.name) || (/(^|:)(href|src)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)),
      ),
  );
}

async function exportAll(ds: Dataset, label: string) {
  const index = indexDataset(ds);
  const at = ds.events[0]?.date ?? '2000';
  for (const format of ['json', 'csv', 'graphml', 'gexf', 'gexf-dynamic', 'svg'] as Format[]) {
    const out: string[] = [];
    await writeExport(index, format === 'gexf-dynamic' ? null : snapshotAt(index, at), {
      format,
      out: undefined,
      width: 800,
      height: 600,
      scale: 1,
      background: '#ffffff',
      step: 'year',
      direction: 'undirected',
      bom: false,
      picture: { title: 'probe', date: true, legend: true, source: true, theme: 'light' },
      write: (text) => out.push(text),
    });
    const text = out.join('');
    if (['graphml', 'gexf', 'gexf-dynamic', 'svg'].includes(format) && executes(text))
      note('executions', `${label} ${format}`);
    if (format === 'csv' && /(^|,)[=+@]/m.test(text)) note('executions', `${label} csv formula`);
  }
}

function roundTrip(ds: Dataset, label: string) {
  const json = importFiles([{ name: 'r.json', text: exportDataset(ds) }]);
  if (!json.ok || JSON.stringify(json.dataset) !== JSON.stringify(ds)) note('dataLost', `${label} JSON`);
  const pair = exportCsvPair(ds);
  const back = importFiles([
    { name: 'actors.csv', text: pair['actors.csv'] },
    { name: 'events.csv', text: pair['events.csv'] },
  ]);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!back.ok || !same(back.dataset.actors, ds.actors) || !same(back.dataset.events, ds.events))
    note('dataLost', `${label} CSV pair`);
}

async function probe() {
  for (let seed = 1; seed <= runs; seed++) {
    counts.cases++;
    const label = `dataset ${seed}`;
    try {
      const r = importFiles([{ name: `h${seed}.json`, text: JSON.stringify(hostileDataset(seed)) }]);
      if (!r.ok) {
        if (!r.issues.every(clearIssue)) note('unclear', `${label}: ${r.issues[0].message}`);
        continue;
      }
      await exportAll(r.dataset, label);
      roundTrip(r.dataset, label);
    } catch (err) {
      note('crashes', `${label}: ${String(err)}`);
    }
  }
  for (const [i, files] of hostileFiles().entries()) {
    counts.cases++;
    try {
      const r = importFiles(files);
      const issues = r.ok ? r.warnings : r.issues;
      if (!issues.length) note('dataLost', `file case ${i}: accepted silently`);
      else if (!issues.every(clearIssue)) note('unclear', `file case ${i}: ${issues[0].message}`);
    } catch (err) {
      note('crashes', `file case ${i}: ${String(err)}`);
    }
  }
  counts.cases++;
  const twice = await gunzipText(new Blob([gzipSync(gzipSync('{}'))]).stream(), 'x.json.gz.gz');
  if (twice.ok || !/gzip-compressed twice/.test(twice.issues[0].message)) note('unclear', 'double gzip');
  counts.cases++;
  const bomb = importFiles([
    {
      name: 'bomb.csv',
      text: `date,source,target,cameo\n${'1995,aa,bb,04\n'.repeat(600_000)}`,
      packedBytes: 1,
    },
  ]);
  if (bomb.ok || !/MAX_TABLE_ROWS/.test(bomb.issues[0].expected ?? '')) note('unclear', 'row bomb');
  counts.cases++;
  const event = '{"date":"1995-01-01","source":"aa","target":"bb","cameo":"04"}';
  const jsonBomb = gzipSync(`{"actors":[],"events":[${Array<string>(600_000).fill(event).join(',')}]}`);
  const packed = await gunzipText(new Blob([jsonBomb]).stream(), 'bomb.json.gz');
  // Stopped while unpacking ("more than"), not after parsing all of it.
  if (packed.ok || !/more than 500,000 events.*/.test(packed.issues[0].message))
    note('unclear', 'gzip JSON bomb');
}

await probe();
console.log(
  `hostile probe: ${counts.cases} cases tried, ${counts.executions} script executions, ${counts.crashes} crashes, ${counts.dataLost} data lost, ${counts.unclear} unclear errors`,
);
for (const n of notes) console.log(`  ${n}`);
process.exitCode = counts.executions + counts.crashes + counts.dataLost + counts.unclear ? 1 : 0;
