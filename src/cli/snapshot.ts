import { parseDate, snapshotAt } from '../model';
import { parseArgs, runCli, stringArg } from './args';
import { readDatasetFile } from './dataset-file';

const USAGE =
  'usage: npm run --silent snapshot -- --at YYYY-MM-DD [--format json] [--window-from DATE] [--dataset path]';

void runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['at', 'format', 'dataset', 'window-from', 'help']);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const at = stringArg(args, 'at');
  if (!at) throw new Error(`--at is required; ${USAGE}`);
  if (!parseDate(at)) throw new Error(`--at "${at}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const windowFrom = stringArg(args, 'window-from');
  if (windowFrom !== undefined && !parseDate(windowFrom))
    throw new Error(`--window-from "${windowFrom}" is not a date`);
  const format = stringArg(args, 'format') ?? 'json';
  if (format !== 'json') throw new Error(`unknown --format "${format}" (known: json)`);
  const dataset = readDatasetFile(stringArg(args, 'dataset'));
  const snapshot = snapshotAt(dataset, at, windowFrom ? { windowFrom } : {});
  process.stdout.write(`${JSON.stringify(snapshot, null, 2)}\n`);
});
