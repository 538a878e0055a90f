import { parseDate, snapshotAt } from '../model';
import {
  balanceOf,
  diffSnapshots,
  exactFrustration,
  localSearchFrustration,
  signedGraphOf,
  EXACT_ACTOR_LIMIT,
} from '../model/analytics';
import type { DatasetIndex } from '../model';
import { indexDataset } from '../model';
import { listArg, parseArgs, runCli, stringArg } from './args';
import { readDatasetFile } from './dataset-file';
import { dateInSpan } from './date-arg';
import { terminalText, writeStdout } from './terminal';
import { type DateSummary, formatText, summarise } from './diff-format';

const USAGE =
  'usage: npm run --silent diff -- --from DATE --to DATE [--format json|text] [--min-change N] [--dataset path ...]';

async function analyse(index: DatasetIndex, date: string): Promise<DateSummary> {
  const graph = signedGraphOf(snapshotAt(index, date));
  const balance = balanceOf(graph);
  const f =
    graph.ids.length <= EXACT_ACTOR_LIMIT ? await exactFrustration(graph) : localSearchFrustration(graph);
  return summarise(date, balance.triangles, balance.index, balance.weightedIndex, f);
}

function dateArg(value: string | undefined, name: string): string {
  if (!value) throw new Error(`--${name} is required; ${USAGE}`);
  if (!parseDate(value)) throw new Error(`--${name} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return value;
}

/** A diff reads forward in time; reversed dates would mix directions, so they are refused outright. */
function checkOrder(from: string, to: string): void {
  if (parseDate(from)!.start > parseDate(to)!.start)
    throw new Error(`--from ${from} is after --to ${to}; give the earlier date as --from`);
}

void runCli(async () => {
  const args = parseArgs(
    process.argv.slice(2),
    ['from', 'to', 'format', 'dataset', 'min-change', 'help'],
    ['dataset'],
  );
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const from = dateArg(stringArg(args, 'from'), 'from');
  const to = dateArg(stringArg(args, 'to'), 'to');
  checkOrder(from, to);
  const format = stringArg(args, 'format') ?? 'json';
  if (format !== 'json' && format !== 'text')
    throw new Error(`unknown --format "${format}" (known: json, text)`);
  const minText = stringArg(args, 'min-change');
  const minChange = minText === undefined ? undefined : Number(minText);
  if (minChange !== undefined && !(Number.isFinite(minChange) && minChange >= 0)) {
    throw new Error(`--min-change "${minText}" is not a non-negative number`);
  }
  const index = indexDataset(readDatasetFile(listArg(args, 'dataset')));
  dateInSpan(from, 'from', index.span);
  dateInSpan(to, 'to', index.span);
  const diff = diffSnapshots(index, from, to, minChange === undefined ? {} : { minChange });
  const summary = { from: await analyse(index, from), to: await analyse(index, to) };
  if (format === 'text') process.stdout.write(terminalText(formatText(diff, summary.from, summary.to)));
  else writeStdout(`${JSON.stringify({ ...diff, summary }, null, 2)}\n`);
});
