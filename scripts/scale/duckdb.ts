import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AggregateRow } from './aggregate-rows';

/**
 * DuckDB for the aggregation. Not a project dependency: its package lists native bindings for every
 * platform, some of which this project's registry does not serve, and `npm ci` then refuses the lock
 * file. It is installed on demand (`npm install --no-save`), which takes about 15 s.
 */
export const DUCKDB_PACKAGE = '@duckdb/node-api';
const ROOT = resolve(import.meta.dirname, '../..');

interface Connection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
}
interface DuckDBApi {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<Connection> }> };
}

/** The DuckDB API, installing the package first when `install` is set; null when it cannot be had. */
export async function loadDuckDb(install = false): Promise<DuckDBApi | null> {
  const load = () => import(/* @vite-ignore */ DUCKDB_PACKAGE) as Promise<DuckDBApi>;
  try {
    return await load();
  } catch {
    if (!install) return null;
  }
  try {
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', DUCKDB_PACKAGE], {
      cwd: ROOT,
      stdio: 'ignore',
      timeout: 180_000,
    });
    return await load();
  } catch {
    return null;
  }
}

export function aggregateSql(maxPairs: number): string {
  return readFileSync(resolve(import.meta.dirname, 'aggregate.sql'), 'utf8').replace(
    /\/\*max_pairs\*\/\d+/,
    String(maxPairs),
  );
}

const quoted = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Runs aggregate.sql over GDELT event files (headerless TSV; globs and .gz work), or reads rows the
 * SQL already made elsewhere (Spark's Parquet output) when `rowsFrom` is given.
 */
export async function aggregateWithDuckDb(
  duckdb: DuckDBApi,
  source: { input: string } | { rowsFrom: string },
  maxPairs: number,
): Promise<{ rows: AggregateRow[]; inputRows: number | null; version: string }> {
  const db = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  let inputRows: number | null = null;
  let query: string;
  if ('input' in source) {
    // all_varchar keeps CAMEO codes' leading zeros; quote = '' because GDELT does not quote fields.
    await connection.run(`
      CREATE VIEW gdelt_events AS
      SELECT column01 AS day, column07 AS actor1, column17 AS actor2, column26 AS event_code,
             try_cast(column30 AS double) AS goldstein
      FROM read_csv(${quoted(source.input)}, delim = '\t', header = false, all_varchar = true,
                    quote = '', escape = '')`);
    const counted = await connection.runAndReadAll('SELECT count(*) AS n FROM gdelt_events');
    inputRows = Number(counted.getRowObjects()[0].n);
    query = aggregateSql(maxPairs);
  } else {
    const path = resolve(source.rowsFrom);
    const glob = path.endsWith('.parquet') ? path : `${path}/**/*.parquet`;
    // Spark partitions by month: the folder names carry it back (hive_partitioning).
    query = `SELECT source, target, month, events, score, root
             FROM read_parquet(${quoted(glob)}, hive_partitioning = true) ORDER BY month, source, target`;
  }
  const result = await connection.runAndReadAll(query);
  const rows = result.getRowObjects().map((r) => ({
    source: String(r.source),
    target: String(r.target),
    month: String(r.month),
    events: Number(r.events),
    score: Number(r.score),
    root: String(r.root),
  }));
  const v = await connection.runAndReadAll('SELECT version() AS v');
  return { rows, inputRows, version: String(v.getRowObjects()[0].v) };
}
