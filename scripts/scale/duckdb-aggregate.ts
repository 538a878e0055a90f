import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { validateDataset, type DatasetInput } from '../../src/model';
import { writeGdeltSample } from './gdelt-sample';

/**
 * The DuckDB step of docs/SCALE.md: GDELT event files in, one Entente dataset out.
 *   npm run scale:aggregate                          # makes a 200k-row sample and aggregates it
 *   npm run scale:aggregate -- --input 'gdelt/*.CSV' --out big.json --max-pairs 5000
 *   npm run scale:aggregate -- --rows spark-out/ --out big.json   # rows aggregate.sql made on Spark (Parquet)
 * Input: GDELT 1.0/2.0 event files (headerless, tab-separated; globs and .gz work). Output is validated.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1] ?? '');
const out = resolve(args.get('out') ?? resolve(ROOT, '.bench/scale/gdelt-aggregated.json'));
const maxPairs = Number(args.get('max-pairs') ?? 10000);
if (!Number.isInteger(maxPairs) || maxPairs < 1)
  throw new Error('--max-pairs must be a positive whole number');

let input = args.get('input');
if (!input && !args.has('rows')) {
  input = resolve(ROOT, '.bench/scale/gdelt-sample.tsv');
  mkdirSync(dirname(input), { recursive: true });
  if (!existsSync(input)) {
    const rows = Number(args.get('sample-rows') ?? 200_000);
    console.log(`writing a ${rows.toLocaleString('en')}-row GDELT-shaped sample to ${input}`);
    await writeGdeltSample(input, rows);
  }
}
const sql = readFileSync(resolve(import.meta.dirname, 'aggregate.sql'), 'utf8').replace(
  /\/\*max_pairs\*\/\d+/,
  String(maxPairs),
);

// Not a project dependency: its package lists native bindings for every platform, some of which this
// project's registry does not serve, and `npm ci` then refuses the lock file. Installed on demand.
interface DuckDBApi {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<{
        run(sql: string): Promise<unknown>;
        runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
      }>;
    }>;
  };
}
const DUCKDB_PACKAGE = '@duckdb/node-api';
const duckdb = await (import(DUCKDB_PACKAGE) as Promise<DuckDBApi>).catch(() => {
  console.error('error: DuckDB is not installed; run `npm install --no-save @duckdb/node-api` and try again');
  process.exit(1);
});
const started = performance.now();
const db = await duckdb.DuckDBInstance.create(':memory:');
const connection = await db.connect();
// GDELT columns (0-based) 1 = Day, 7/17 = Actor1/2CountryCode, 26 = EventCode, 30 = GoldsteinScale.
// all_varchar keeps CAMEO codes' leading zeros; the file path is passed as a literal, quoted.
const path = `'${(input ?? '').replaceAll("'", "''")}'`;
if (input)
  await connection.run(`
  CREATE VIEW gdelt_events AS
  SELECT column01 AS day, column07 AS actor1, column17 AS actor2, column26 AS event_code,
         try_cast(column30 AS double) AS goldstein
  FROM read_csv(${path}, delim = '\t', header = false, all_varchar = true, quote = '', escape = '')`);
const counted = input ? await connection.runAndReadAll('SELECT count(*) AS n FROM gdelt_events') : null;
const inputRows = counted ? Number(counted.getRowObjects()[0].n) : NaN;
// Rows already aggregated elsewhere (Spark writes a folder of Parquet parts) only need reading.
const rowsFrom = args.get('rows');
const result = await connection.runAndReadAll(
  rowsFrom
    ? `SELECT source, target, month, events, score, root FROM read_parquet('${resolve(rowsFrom).replaceAll("'", "''")}${rowsFrom.endsWith('.parquet') ? '' : '/*.parquet'}') ORDER BY month, source, target`
    : sql,
);
const rows = result.getRowObjects() as unknown as {
  source: string;
  target: string;
  month: string;
  events: bigint;
  score: number;
  root: string;
}[];
const sqlMs = performance.now() - started;

const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]))].sort();
const months = rows.map((r) => r.month).sort();
const dataset: DatasetInput = {
  meta: {
    name: 'GDELT, monthly aggregate',
    description: `Monthly mean Goldstein score per directed country pair${input ? `, from ${inputRows} GDELT events (busiest ${maxPairs} pairs)` : ''}.`,
    ...(months.length
      ? { span: { from: months[0].slice(0, 4), to: months[months.length - 1].slice(0, 4) } }
      : {}),
  },
  sources: [{ id: 'gdelt', title: 'GDELT event data, aggregated by month (scripts/scale/aggregate.sql)' }],
  actors: ids.map((id) => ({ id, kind: 'country', labels: [{ label: id.toUpperCase() }], aliases: [] })),
  ties: [],
  events: rows.map((r) => ({
    id: `g-${r.source}-${r.target}-${r.month}`,
    date: r.month,
    source: r.source,
    target: r.target,
    cameo: r.root,
    score: Number(r.score),
    summary: `${r.events} GDELT events in the month; mean Goldstein ${Number(r.score).toFixed(2)}`,
    citations: [{ source: 'gdelt' }],
  })),
};
const checked = validateDataset(dataset);
if (!checked.ok)
  throw new Error(`the aggregate is not a valid dataset: ${JSON.stringify(checked.issues.slice(0, 3))}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(dataset)}\n`);
console.log(
  `${input ? inputRows.toLocaleString('en') : 'pre-aggregated'} input events -> ${rows.length.toLocaleString('en')} monthly events, ` +
    `${ids.length} actors, in ${(sqlMs / 1000).toFixed(1)} s (DuckDB ${await version()}); valid; written to ${out}`,
);

async function version(): Promise<string> {
  const v = await connection.runAndReadAll('SELECT version() AS v');
  return String(v.getRowObjects()[0].v);
}
