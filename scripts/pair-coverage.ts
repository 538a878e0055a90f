import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, pairKey, parseDate } from '../src/model';

/** data/main-pairs.json: the pairs whose every year must have a lasting state or a dated event. */
export interface MainPairs {
  from: number;
  to: number;
  core: string[];
  also: [string, string][];
  /** Pair-years with no relation worth coding, each with the reason a historian would accept. */
  exempt?: Exemption[];
}

export interface Exemption {
  pair: [string, string];
  from: number;
  to: number;
  reason: string;
}

export function readMainPairs(root: string): MainPairs {
  return JSON.parse(readFileSync(join(root, 'data', 'main-pairs.json'), 'utf8')) as MainPairs;
}

/** Every pair among the core actors, then the extra pairs, each once. */
export function mainPairList(main: MainPairs): [string, string][] {
  const out: [string, string][] = [];
  main.core.forEach((a, i) => main.core.slice(i + 1).forEach((b) => out.push([a, b])));
  for (const [a, b] of main.also)
    if (!out.some(([x, y]) => pairKey(x, y) === pairKey(a, b))) out.push([a, b]);
  return out;
}

export interface PairCoverage {
  pair: [string, string];
  /** Years both exist, less the exempt ones. */
  years: number;
  /** Years both exist that data/main-pairs.json exempts. */
  exempted: number;
  /** Years both exist with neither a tie in force (other than leadership) nor an event dated in it. */
  gaps: number[];
  /** Covered years by decade: decade start -> [covered, of]. */
  byDecade: Map<number, [number, number]>;
}

/** The calendar year a date falls in (an open end falls back to the table's bound). */
const yearOf = (date: string | undefined, fallback: number) =>
  date && parseDate(date) ? Number(date.slice(0, 4)) : fallback;

/** Which years of each main pair rest on nothing: no lasting state in force and no dated event. */
export function pairCoverage(ds: Dataset, main: MainPairs): PairCoverage[] {
  const actors = new Map(ds.actors.map((a) => [a.id, a]));
  const covered = new Map<string, Set<number>>();
  const mark = (a: string, b: string, from: number, to: number) => {
    const key = pairKey(a, b);
    const years = covered.get(key) ?? new Set<number>();
    for (let y = Math.max(from, main.from); y <= Math.min(to, main.to); y++) years.add(y);
    covered.set(key, years);
  };
  for (const t of ds.ties)
    if (t.type !== 'leadership') mark(t.source, t.target, yearOf(t.from, main.from), yearOf(t.to, main.to));
  for (const e of ds.events) mark(e.source, e.target, yearOf(e.date, 0), yearOf(e.date, 0));
  const exempt = (a: string, b: string, y: number) =>
    (main.exempt ?? []).some((x) => pairKey(...x.pair) === pairKey(a, b) && y >= x.from && y <= x.to);
  return mainPairList(main).map(([a, b]) => {
    const life = (id: string) => {
      const ex = actors.get(id)?.exists;
      return [yearOf(ex?.from, main.from), yearOf(ex?.to, main.to)] as const;
    };
    const [fa, ta] = life(a);
    const [fb, tb] = life(b);
    const years = covered.get(pairKey(a, b)) ?? new Set<number>();
    const gaps: number[] = [];
    const byDecade = new Map<number, [number, number]>();
    let alive = 0;
    let exempted = 0;
    for (let y = Math.max(main.from, fa, fb); y <= Math.min(main.to, ta, tb); y++) {
      if (exempt(a, b, y)) {
        exempted++;
        continue;
      }
      alive++;
      const decade = y - (y % 10);
      const cell = byDecade.get(decade) ?? [0, 0];
      cell[1]++;
      if (years.has(y)) cell[0]++;
      else gaps.push(y);
      byDecade.set(decade, cell);
    }
    return { pair: [a, b], years: alive, exempted, gaps, byDecade };
  });
}

/** "1950-1953, 1961" from sorted years. */
export function yearRuns(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The coverage table of the data report: each main pair's uncovered years, and a count by decade. */
export function coverageSection(ds: Dataset, main: MainPairs): string[] {
  const rows = pairCoverage(ds, main);
  const decades = [...new Set(rows.flatMap((r) => [...r.byDecade.keys()]))].sort((x, y) => x - y);
  const full = (d: number) =>
    rows.filter((r) => r.byDecade.has(d)).filter((r) => r.byDecade.get(d)![0] === r.byDecade.get(d)![1])
      .length;
  const present = (d: number) => rows.filter((r) => r.byDecade.has(d)).length;
  return [
    '### Coverage of the main pairs',
    '',
    `Years ${main.from}-${main.to} in which both actors exist but the pair has neither a lasting state (any tie but leadership) in force nor a dated event (data/main-pairs.json). ${rows.filter((r) => r.gaps.length === 0).length} of ${rows.length} pairs have none.`,
    '',
    '| pair | years both exist | years uncovered |',
    '|---|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.pair.join(' – ')} | ${r.years}${r.exempted ? ` (+${r.exempted} exempt)` : ''} | ${r.gaps.length ? `${r.gaps.length}: ${yearRuns(r.gaps)}` : 'none'} |`,
    ),
    '',
    ...(main.exempt ?? []).map((x) => `Exempt: ${x.pair.join(' – ')} ${x.from}-${x.to}, ${x.reason}`),
    '',
    `Pairs covered in every year of the decade: ${decades.map((d) => `${d}s ${full(d)}/${present(d)}`).join(', ')}.`,
  ];
}
