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
import { parseArgs, runCli, stringArg } from './args';
import { readDatasetFile } from './dataset-file';
import { type DateSummary, formatText, summarise } from './diff-format';

const USAGE =
  'usage: npm run --silent diff -- --from DATE --to DATE [--format json|text] [--min-change N] [--dataset path]';

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

void runCli(async () => {
  const args = parseArgs(process.argv.slice(2), ['from', 'to', 'format', 'dataset', 'min-change', 'help']);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const from = dateArg(stringArg(args, 'from'), 'from');
  const to = dateArg(stringArg(args, 'to'), 'to');
  const format = stringArg(args, 'format') ?? 'json';
  if (format !== 'json' && format !== 'text')
    throw new Error(`unknown --format "${format}" (known: json, text)`);
  const minText = stringArg(args, 'min-change');
  const minChange = minText === undefined ? undefined : Number(minText);
  if (minChange !== undefined && !(Number.isFinite(minChange) && minChange >= 0)) {
    throw new Error(`--min-change "${minText}" is not a non-negative number`);
  }
  const index = indexDataset(readDatasetFile(stringArg(args, 'dataset')));
  const diff = diffSnapshots(index, from, to, minChange === undefined ? {} : { minChange });
  const summary = { from: await analyse(index, from), to: await analyse(index, to) };
  if (format === 'text') process.stdout.write(formatText(diff, summary.from, summary.to));
  else process.stdout.write(`${JSON.stringify({ ...diff, summary }, null, 2)}\n`);
});
