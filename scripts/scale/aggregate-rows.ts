import type { DatasetInput } from '../../src/model';

/** One output row of aggregate.sql: a directed country pair's month. */
export interface AggregateRow {
  source: string;
  target: string;
  /** YYYY-MM */
  month: string;
  /** How many input rows went into it. */
  events: number;
  /** Mean Goldstein score, rounded to 2 decimals. */
  score: number;
  /** The month's most frequent CAMEO root; on a tie, the lower code. */
  root: string;
}

/** One input row, as the view `gdelt_events` gives it to aggregate.sql. */
export interface GdeltEventRow {
  day: string;
  actor1: string;
  actor2: string;
  eventCode: string;
  goldstein: number | null;
}

/** GDELT's 0-based columns used: 1 Day, 7/17 Actor1/2CountryCode, 26 EventCode, 30 GoldsteinScale. */
export function gdeltRowOf(line: string): GdeltEventRow {
  const c = line.split('\t');
  const g = c[30]?.trim() ?? '';
  const goldstein = g === '' ? null : Number(g);
  return {
    day: c[1] ?? '',
    actor1: c[7] ?? '',
    actor2: c[17] ?? '',
    eventCode: c[26] ?? '',
    goldstein: goldstein === null || Number.isNaN(goldstein) ? null : goldstein,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * aggregate.sql in plain TypeScript, for checking the SQL (and for a machine without DuckDB on small
 * inputs): the same cleaning, the same busiest-pairs cut, the same monthly mean and modal root.
 */
export function aggregateInMemory(rows: Iterable<GdeltEventRow>, maxPairs: number): AggregateRow[] {
  const pairCount = new Map<string, number>();
  const cells = new Map<string, { n: number; total: number; roots: Map<string, number> }>();
  for (const r of rows) {
    if (!r.actor1 || !r.actor2 || r.actor1 === r.actor2) continue;
    if (r.goldstein === null || r.eventCode.length < 2) continue;
    const source = r.actor1.toLowerCase();
    const target = r.actor2.toLowerCase();
    const pair = source < target ? `${source}\t${target}` : `${target}\t${source}`;
    pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
    const month = `${r.day.slice(0, 4)}-${r.day.slice(4, 6)}`;
    const key = `${source}\t${target}\t${month}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { n: 0, total: 0, roots: new Map() }));
    cell.n += 1;
    cell.total += r.goldstein;
    const root = r.eventCode.slice(0, 2);
    cell.roots.set(root, (cell.roots.get(root) ?? 0) + 1);
  }
  const kept = new Set(
    [...pairCount]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, maxPairs)
      .map(([pair]) => pair),
  );
  const out: AggregateRow[] = [];
  for (const [key, cell] of cells) {
    const [source, target, month] = key.split('\t');
    if (!kept.has(source < target ? `${source}\t${target}` : `${target}\t${source}`)) continue;
    const root = [...cell.roots].sort((x, y) => y[1] - x[1] || Number(x[0]) - Number(y[0]))[0][0];
    out.push({ source, target, month, events: cell.n, score: round2(cell.total / cell.n), root });
  }
  return out.sort(byMonthThenPair);
}

export function byMonthThenPair(a: AggregateRow, b: AggregateRow): number {
  const ka = `${a.month}\t${a.source}\t${a.target}`;
  const kb = `${b.month}\t${b.source}\t${b.target}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The Entente dataset for aggregated rows. Each event carries `count` (its input rows), so the
 * relation model weighs a month of 300 reports as more evidence than a month of one.
 */
export function datasetFromRows(rows: readonly AggregateRow[], description: string): DatasetInput {
  const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]))].sort();
  const months = rows.map((r) => r.month).sort();
  return {
    meta: {
      name: 'GDELT, monthly aggregate',
      description,
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
      score: r.score,
      count: r.events,
      summary: `${r.events} GDELT events in the month; mean Goldstein ${r.score.toFixed(2)}`,
      citations: [{ source: 'gdelt' }],
    })),
  };
}
