import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateDataset } from '../../src/model';
import { MAX_IMPORT_BYTES, formatBytes } from '../../src/model/import';
import { datasetFromRows } from './aggregate-rows';
import { DUCKDB_PACKAGE, aggregateWithDuckDb, loadDuckDb } from './duckdb';
import { writeGdeltSample } from './gdelt-sample';

/**
 * The DuckDB step of docs/SCALE.md: GDELT event files in, one Entente dataset out.
 *   npm run scale:aggregate                          # makes a 200k-row sample and aggregates it
 *   npm run scale:aggregate -- --input 'gdelt/*.CSV' --out big.json.gz --max-pairs 5000
 *   npm run scale:aggregate -- --rows spark-out/ --out big.json.gz   # rows aggregate.sql made on Spark
 * Output is validated with the app's own validator; `.gz` in --out writes it gzip-compressed, which the
 * app and the CLIs import directly (a tenth of the size; the upload limit counts compressed bytes).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1] ?? '');
const out = resolve(args.get('out') ?? resolve(ROOT, '.bench/scale/gdelt-aggregated.json.gz'));
const maxPairs = Number(args.get('max-pairs') ?? 10000);
if (!Number.isInteger(maxPairs) || maxPairs < 1) fail('--max-pairs must be a positive whole number');

let input = args.get('input');
const rowsFrom = args.get('rows');
if (!input && !rowsFrom) {
  input = resolve(ROOT, '.bench/scale/gdelt-sample.tsv');
  mkdirSync(dirname(input), { recursive: true });
  if (!existsSync(input)) {
    const rows = Number(args.get('sample-rows') ?? 200_000);
    console.log(`writing a ${rows.toLocaleString('en')}-row GDELT-shaped sample to ${input}`);
    await writeGdeltSample(input, rows);
  }
}

const duckdb = await loadDuckDb();
if (!duckdb) fail(`DuckDB is not installed; run \`npm install --no-save ${DUCKDB_PACKAGE}\` and try again`);
const started = performance.now();
const { rows, inputRows, version } = await aggregateWithDuckDb(
  duckdb,
  rowsFrom ? { rowsFrom } : { input: input! },
  maxPairs,
);
const sqlMs = performance.now() - started;

const dataset = datasetFromRows(
  rows,
  `Monthly mean Goldstein score per directed country pair${inputRows === null ? '' : `, from ${inputRows} GDELT events (busiest ${maxPairs} pairs)`}. Each event's count is the number of GDELT rows it stands for.`,
);
const checked = validateDataset(dataset);
if (!checked.ok) fail(`the aggregate is not a valid dataset: ${JSON.stringify(checked.issues.slice(0, 3))}`);
mkdirSync(dirname(out), { recursive: true });
const json = `${JSON.stringify(dataset)}\n`;
const bytes = out.endsWith('.gz') ? gzipSync(json) : Buffer.from(json);
writeFileSync(out, bytes);
console.log(
  `${inputRows === null ? 'pre-aggregated' : inputRows.toLocaleString('en')} input events -> ${rows.length.toLocaleString('en')} monthly events, ` +
    `${dataset.actors.length} actors, in ${(sqlMs / 1000).toFixed(1)} s (DuckDB ${version}); valid; ` +
    `${formatBytes(bytes.length)} written to ${out}`,
);
if (bytes.length > MAX_IMPORT_BYTES)
  console.log(
    `note: over the app's ${formatBytes(MAX_IMPORT_BYTES)} upload limit${out.endsWith('.gz') ? '' : '; write it as .json.gz'}`,
  );

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}
