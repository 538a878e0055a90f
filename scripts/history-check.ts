import { readDatasetFile } from '../src/cli/dataset-file';
import { indexDataset, labelAt, pairKey, snapshotAt } from '../src/model';

/**
 * Prints the relations a historian checks at the ten dates, with the default engine: the
 * Russia/USSR–Pakistan triangle with India, the US and China, and the Afghan actors once they exist.
 * Output is a Markdown table kept in docs/DATA.md ("Checking the picture at ten dates").
 */
const DATES = [
  '1955-06-30',
  '1962-06-30',
  '1971-12-15',
  '1980-06-30',
  '1990-06-30',
  '1999-12-31',
  '2001-10-31',
  '2003-03-01',
  '2007-06-30',
  '2012-10-31',
];
const PAIRS: [string, string][] = [
  ['russia', 'pakistan'],
  ['russia', 'india'],
  ['india', 'pakistan'],
  ['usa', 'pakistan'],
  ['usa', 'russia'],
  ['china', 'pakistan'],
  ['pakistan', 'taliban'],
  ['russia', 'taliban'],
];

const index = indexDataset(readDatasetFile());
const name = (id: string, day: number) => labelAt(index.actors.get(id)!, day);
const cell = (score: number | undefined) =>
  score === undefined ? '—' : `${score > 1 ? '+' : score < -1 ? '−' : '±'}${Math.abs(score).toFixed(1)}`;

const header = ['pair', ...DATES.map((d) => d.slice(0, 7))];
const rows = PAIRS.map(([a, b]) => {
  const cells = DATES.map((d) => {
    const snap = snapshotAt(index, d);
    return cell(snap.edges.find((e) => e.id === `rel:${pairKey(a, b)}`)?.score);
  });
  return [`${name(a, 20000)}–${name(b, 20000)}`, ...cells];
});
const lines = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
process.stdout.write(`${lines.join('\n')}\n`);
