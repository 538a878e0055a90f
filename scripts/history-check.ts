import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDatasetFile } from '../src/cli/dataset-file';
import {
  type Dataset,
  type DatasetIndex,
  type EngineOptions,
  type SnapshotEdge,
  formatDay,
  indexDataset,
  pairKey,
  parseDate,
  snapshotAt,
} from '../src/model';
import { type HistoryCheck, citeLabel, readHistoryChecks } from './history-check-format';
import { parseOverrides } from './history-check-options';

/**
 * The historian's test set run through the relation model: every check in data/history-checks.json
 * is evaluated with the model's public API (indexDataset + snapshotAt) and the given engine options
 * (the shipped defaults unless overridden). `npm run data:history` prints the table; the test in
 * tests/data/history-checks.test.ts requires every check to hold; a sensitivity script can call
 * runHistoryChecks with other options.
 */

/** What the model shows for one pair on one day: the relation's sign (0 = neutral, none or too little evidence). */
export interface PairReading {
  sign: -1 | 0 | 1;
  score: number;
  insufficient: boolean;
}

export interface CheckResult {
  check: HistoryCheck;
  pass: boolean;
  /** Days checked (one for `at`, every month end for a range). */
  samples: number;
  /** The first day that failed, or the single day checked. */
  day: string;
  /** What the model showed on `day`, in words. */
  got: string;
}

const NONE: PairReading = { sign: 0, score: 0, insufficient: true };

function reading(edge: SnapshotEdge | undefined): PairReading {
  if (!edge) return NONE;
  const insufficient = edge.insufficient === true;
  return { sign: insufficient ? 0 : edge.sign, score: edge.score, insufficient };
}

/** Month ends from the start of `from` to the end of `to`, or the last day of `at`. */
export function sampleDays(check: Pick<HistoryCheck, 'at' | 'from' | 'to'>): number[] {
  if (check.at) return [parseDate(check.at)!.end];
  const first = parseDate(check.from!)!.start;
  const last = parseDate(check.to!)!.end;
  const days: number[] = [];
  for (let d = new Date(first * 86_400_000); ;) {
    const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / 86_400_000;
    if (monthEnd > last) break;
    days.push(monthEnd);
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  if (days[days.length - 1] !== last) days.push(last);
  return days;
}

/** Reads pairs from snapshots, one snapshot per distinct day. */
function pairReader(index: DatasetIndex) {
  const byDay = new Map<number, Map<string, SnapshotEdge>>();
  return (pair: readonly [string, string], day: number): PairReading => {
    let edges = byDay.get(day);
    if (!edges) {
      edges = new Map();
      for (const e of snapshotAt(index, day).edges)
        if (e.kind === 'relation') edges.set(pairKey(e.source, e.target), e);
      byDay.set(day, edges);
    }
    return reading(edges.get(pairKey(pair[0], pair[1])));
  };
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;
const describe = (r: PairReading) =>
  r === NONE
    ? 'no relation'
    : `${signed(r.score)} ${r.insufficient ? 'insufficient evidence' : ['hostile', 'neutral', 'friendly'][r.sign + 1]}`;

function holds(expect: HistoryCheck['expect'], r: PairReading): boolean {
  if (expect === 'friendly') return r.sign === 1;
  if (expect === 'hostile') return r.sign === -1;
  if (expect === 'not-hostile') return r.sign !== -1;
  return r.sign !== 1;
}

/** Evaluates every check with the given engine options; the dataset is indexed once. */
export function runHistoryChecks(
  dataset: Dataset,
  checks: readonly HistoryCheck[],
  options: Partial<EngineOptions> = {},
): CheckResult[] {
  const read = pairReader(indexDataset(dataset, options));
  return checks.map((check) => {
    const days = sampleDays(check);
    let got = '';
    let day = days[0];
    const pass = days.every((d) => {
      day = d;
      const a = read(check.pair, d);
      if (check.expect !== 'warmer') {
        got = describe(a);
        return holds(check.expect, a);
      }
      const otherDay = check.than.at ? parseDate(check.than.at)!.end : d;
      const b = read(check.than.pair, otherDay);
      got = `${signed(a.score)} vs ${signed(b.score)}${check.than.at ? ` on ${formatDay(otherDay)}` : ''}`;
      return a.score > b.score;
    });
    return { check, pass, samples: days.length, day: formatDay(day), got };
  });
}

const when = (c: HistoryCheck) => c.at ?? `${c.from}…${c.to}`;
const expectation = (c: HistoryCheck) =>
  c.expect === 'warmer'
    ? `${c.pair.join('–')} warmer than ${c.than.pair.join('–')}${c.than.at ? ` (${c.than.at})` : ''}`
    : `${c.pair.join('–')} ${c.expect}`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** A Markdown table a reader can audit against the seeds: result, date, expectation, model reading, quote. */
export function formatResults(results: readonly CheckResult[], failuresOnly = false): string {
  const shown = failuresOnly ? results.filter((r) => !r.pass) : results;
  const rows = shown.map((r) => {
    const got = r.samples > 1 && !r.pass ? `${r.got} on ${r.day}` : r.got;
    const cite = citeLabel(r.check.citation);
    return [
      r.pass ? 'pass' : r.check.knownLimit ? 'known limit' : '**FAIL**',
      r.check.id,
      when(r.check),
      expectation(r.check),
      got,
      `“${r.check.quote}” (${cite})`,
    ];
  });
  const header = ['result', 'check', 'when', 'expected', 'model shows', 'the document says'];
  const passed = results.filter((r) => r.pass).length;
  const limits = results.filter((r) => !r.pass && r.check.knownLimit).length;
  return [
    ...[header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    `${passed} of ${results.length} checks hold${limits ? `; ${limits} known limit(s), explained in docs/MODEL.md` : ''}.`,
  ].join('\n');
}

function main(argv: string[]): number {
  const { options, dataset, checks, failuresOnly } = parseOverrides(argv);
  const results = runHistoryChecks(readDatasetFile(dataset), readHistoryChecks(checks), options);
  process.stdout.write(`${formatResults(results, failuresOnly)}\n`);
  return results.every((r) => r.pass || r.check.knownLimit) ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`data:history: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
