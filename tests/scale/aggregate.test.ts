import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model';
import { importFiles } from '../../src/model/import';
import {
  aggregateInMemory,
  datasetFromRows,
  gdeltRowOf,
  type AggregateRow,
  type GdeltEventRow,
} from '../../scripts/scale/aggregate-rows';
import { DUCKDB_PACKAGE, aggregateWithDuckDb, loadDuckDb } from '../../scripts/scale/duckdb';
import { writeGdeltSample } from '../../scripts/scale/gdelt-sample';

const row = (day: string, a1: string, a2: string, code: string, g: number | null): GdeltEventRow => ({
  day,
  actor1: a1,
  actor2: a2,
  eventCode: code,
  goldstein: g,
});

describe('the monthly aggregation in TypeScript (the reference for aggregate.sql)', () => {
  it('drops rows without two different countries or a score, and means each directed month', () => {
    const rows = [
      row('19851103', 'USA', 'RUS', '042', 1.9),
      row('19851120', 'USA', 'RUS', '057', 8),
      row('19851121', 'USA', 'RUS', '173', -5),
      row('19851121', 'RUS', 'USA', '111', -2),
      row('19851122', 'USA', 'USA', '042', 1.9),
      row('19851122', '', 'RUS', '042', 1.9),
      row('19851122', 'USA', 'RUS', '042', null),
      row('19851122', 'USA', 'RUS', '1', 3),
    ];
    expect(aggregateInMemory(rows, 10)).toEqual<AggregateRow[]>([
      { source: 'rus', target: 'usa', month: '1985-11', events: 1, score: -2, root: '11' },
      // (1.9 + 8 - 5) / 3 = 1.633...; roots 04, 05, 17 once each: the lowest code wins the tie.
      { source: 'usa', target: 'rus', month: '1985-11', events: 3, score: 1.63, root: '04' },
    ]);
  });

  it('keeps only the busiest pairs, counted in both directions', () => {
    const rows = [
      row('20010101', 'PAK', 'AFG', '042', 1),
      row('20010102', 'AFG', 'PAK', '042', 1),
      row('20010103', 'USA', 'RUS', '042', 1),
    ];
    expect(aggregateInMemory(rows, 1).map((r) => `${r.source}>${r.target}`)).toEqual(['afg>pak', 'pak>afg']);
  });

  it('makes a valid dataset whose events say how many rows they stand for', () => {
    const dataset = datasetFromRows(aggregateInMemory([row('19851103', 'USA', 'RUS', '042', 2)], 5), 'x');
    const checked = validateDataset(dataset);
    expect(checked.ok && checked.dataset.events[0]).toMatchObject({ date: '1985-11', count: 1 });
  });
});

describe('DuckDB runs aggregate.sql to the same rows as the TypeScript reference', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-scale-'));
  const sample = join(dir, 'gdelt-sample.tsv');
  let duckdb: Awaited<ReturnType<typeof loadDuckDb>> = null;
  let viaDuckDb: Awaited<ReturnType<typeof aggregateWithDuckDb>> | null = null;

  beforeAll(async () => {
    await writeGdeltSample(sample, 30_000, 5);
    duckdb = await loadDuckDb(true);
    if (!duckdb)
      console.warn(`skipping the DuckDB checks: ${DUCKDB_PACKAGE} could not be installed on this machine`);
    else viaDuckDb = await aggregateWithDuckDb(duckdb, { input: sample }, 40);
  }, 240_000);

  const reference = () =>
    aggregateInMemory(readFileSync(sample, 'utf8').trimEnd().split('\n').map(gdeltRowOf), 40);

  it('on the generated 30,000-row GDELT sample, with the busiest-pairs cut', async (ctx) => {
    if (!duckdb) return ctx.skip(`${DUCKDB_PACKAGE} could not be installed`);
    const { rows, inputRows } = viaDuckDb!;
    expect(inputRows).toBe(30_000);
    const expected = reference();
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(5_000);
    rows.forEach((r, i) => {
      const { score, ...rest } = expected[i];
      expect(r).toMatchObject(rest);
      // Both round the same mean to 2 decimals; a float landing exactly on .005 may round either way.
      expect(Math.abs(r.score - score)).toBeLessThanOrEqual(0.0100001);
    });
  });

  it('and the dataset made from them imports with its row counts', async (ctx) => {
    if (!duckdb) return ctx.skip(`${DUCKDB_PACKAGE} could not be installed`);
    const { rows } = viaDuckDb!;
    const text = JSON.stringify(datasetFromRows(rows, 'sample'));
    const result = importFiles([{ name: 'gdelt-monthly.json', text }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const total = result.dataset.events.reduce((n, e) => n + (e.count ?? 1), 0);
    expect(total).toBe(rows.reduce((n, r) => n + r.events, 0));
  });

  it('reads back the Parquet rows a cluster writes, partitioned by month (the Spark path)', async (ctx) => {
    if (!duckdb) return ctx.skip(`${DUCKDB_PACKAGE} could not be installed`);
    const parquet = join(dir, 'monthly');
    const db = await duckdb.DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const rows = viaDuckDb!.rows;
    await c.run(
      `CREATE TABLE r AS SELECT * FROM (VALUES ${rows
        .slice(0, 500)
        .map((r) => `('${r.source}','${r.target}','${r.month}',${r.events},${r.score},'${r.root}')`)
        .join(',')}) t(source, target, month, events, score, root)`,
    );
    await c.run(`COPY r TO '${parquet}' (FORMAT parquet, PARTITION_BY (month))`);
    const back = await aggregateWithDuckDb(duckdb, { rowsFrom: parquet }, 40);
    expect(back.rows).toEqual(rows.slice(0, 500));
  });
});
