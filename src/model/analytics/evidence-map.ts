import { yearOf } from '../dates';
import { LASTING_TIE_TYPES } from '../export/fields';
import { type DatasetIndex, labelAt, pairKey } from '../time/dataset-index';
import { pairWindowSum } from '../time/engine';
import type { TieType } from '../types';

/**
 * Where the picture rests on little: every pair that matters by decade (or year), with how much dated
 * evidence stands behind each cell and which lasting states are in force then. Evidence is the
 * engine's own measure (each event's weight, summed undecayed over the period, as in window mode).
 */
export type EvidenceBucket = 'decade' | 'year';

/** Evidence levels, by the engine's prior strength kappa: under kappa the events never set most of the tone. */
export type EvidenceLevel = 'none' | 'thin' | 'some' | 'solid';
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['none', 'thin', 'some', 'solid'];

export interface LastingInCell {
  type: TieType;
  tie: string;
  label?: string;
  /** Years the state is in force, clipped to the dataset span. */
  from: number;
  to: number;
}

export interface EvidenceCell {
  /** False where the two actors do not both exist in the period: no relation is possible. */
  exists: boolean;
  events: number;
  evidence: number;
  level: EvidenceLevel;
  lasting: LastingInCell[];
}

export interface EvidenceRow {
  key: string;
  a: string;
  b: string;
  /** "Pakistan – Russia", with each actor's latest name. */
  label: string;
  main: boolean;
  events: number;
  evidence: number;
  cells: EvidenceCell[];
}

export interface EvidenceMap {
  bucket: EvidenceBucket;
  /** First and last year of each column. */
  periods: { from: number; to: number }[];
  /** The model's prior strength: the thresholds of the evidence levels are κ and 4κ. */
  kappa: number;
  /** The main actors, most covered first. */
  main: string[];
  rows: EvidenceRow[];
}

export interface EvidenceMapOptions {
  bucket?: EvidenceBucket;
  /** How many actors make the main pairs (all pairs among them come first, even empty ones). */
  mainActors?: number;
}

const LASTING: ReadonlySet<string> = new Set(LASTING_TIE_TYPES);
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

export function evidenceLevel(events: number, evidence: number, kappa: number): EvidenceLevel {
  if (events === 0) return 'none';
  if (evidence < kappa) return 'thin';
  return evidence < 4 * kappa ? 'some' : 'solid';
}

function periodsOf(index: DatasetIndex, bucket: EvidenceBucket) {
  const first = yearOf(index.span.start);
  const last = yearOf(index.span.end);
  const size = bucket === 'decade' ? 10 : 1;
  const periods: { from: number; to: number }[] = [];
  for (let y = Math.floor(first / size) * size; y <= last; y += size)
    periods.push({ from: Math.max(y, first), to: Math.min(y + size - 1, last) });
  return periods;
}

/**
 * Main actors: those that are not leaders, ranked by their dated events plus lasting states (a
 * dataset-independent stand-in for "the actors the story is about").
 */
export function mainActors(index: DatasetIndex, count: number): string[] {
  const weight = new Map<string, number>();
  const add = (id: string, n: number) => weight.set(id, (weight.get(id) ?? 0) + n);
  for (const pair of index.pairs) {
    const events = pair.seen.length ? pair.seen[pair.seen.length - 1] : 0;
    add(pair.a, events);
    add(pair.b, events);
  }
  for (const { tie } of index.ties)
    if (LASTING.has(tie.type)) for (const id of [tie.source, tie.target]) add(id, 1);
  return [...weight]
    .filter(([id, w]) => w > 0 && index.actors.get(id)?.actor.kind !== 'leader')
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, count)
    .map(([id]) => id);
}

export function evidenceMap(index: DatasetIndex, options: EvidenceMapOptions = {}): EvidenceMap {
  const bucket = options.bucket ?? 'decade';
  const periods = periodsOf(index, bucket);
  const main = mainActors(index, options.mainActors ?? 8);
  const lastingByPair = new Map<string, LastingInCell[]>();
  for (const { tie, span } of index.ties) {
    if (!LASTING.has(tie.type)) continue;
    const key = pairKey(tie.source, tie.target);
    const from = yearOf(Math.max(span.start, index.span.start));
    const to = yearOf(Math.min(span.end, index.span.end));
    const entry = { type: tie.type, tie: tie.id, ...(tie.label ? { label: tie.label } : {}), from, to };
    lastingByPair.set(key, [...(lastingByPair.get(key) ?? []), entry]);
  }
  const keys = new Set<string>([...index.pairs.map((p) => p.key), ...lastingByPair.keys()]);
  for (let i = 0; i < main.length; i++)
    for (let j = i + 1; j < main.length; j++) keys.add(pairKey(main[i], main[j]));
  const isMain = new Set(main);
  const rank = new Map(main.map((id, i) => [id, i]));
  const rows: EvidenceRow[] = [];
  for (const key of keys) {
    const [a, b] = key.split('~');
    const ea = index.actors.get(a);
    const eb = index.actors.get(b);
    if (!ea || !eb) continue;
    const pair = index.pairByKey.get(key);
    const lasting = lastingByPair.get(key) ?? [];
    const cells = periods.map(({ from, to }): EvidenceCell => {
      const start = Math.max(utcDay(from, 1, 1), ea.exists.start, eb.exists.start);
      const end = Math.min(utcDay(to, 12, 31), ea.exists.end, eb.exists.end);
      if (start > end) return { exists: false, events: 0, evidence: 0, level: 'none', lasting: [] };
      const sum = pair ? pairWindowSum(index, pair, start, end) : { count: 0, evidence: 0 };
      return {
        exists: true,
        events: sum.count,
        evidence: sum.evidence,
        level: evidenceLevel(sum.count, sum.evidence, index.options.kappa),
        lasting: lasting.filter((l) => l.from <= to && l.to >= from),
      };
    });
    const name = (e: typeof ea) => labelAt(e, e.exists.end);
    rows.push({
      key,
      a,
      b,
      label: `${name(ea)} – ${name(eb)}`,
      main: isMain.has(a) && isMain.has(b),
      events: cells.reduce((s, c) => s + c.events, 0),
      evidence: cells.reduce((s, c) => s + c.evidence, 0),
      cells,
    });
  }
  // Main pairs in the order of their actors' coverage; the rest by evidence, most first.
  const mainOrder = (r: EvidenceRow) =>
    Math.min(rank.get(r.a)!, rank.get(r.b)!) * 100 + Math.max(rank.get(r.a)!, rank.get(r.b)!);
  rows.sort((x, y) =>
    x.main !== y.main
      ? x.main
        ? -1
        : 1
      : x.main
        ? mainOrder(x) - mainOrder(y)
        : y.evidence - x.evidence ||
          y.cells.filter((c) => c.lasting.length).length - x.cells.filter((c) => c.lasting.length).length ||
          x.key.localeCompare(y.key),
  );
  return { bucket, periods, kappa: index.options.kappa, main, rows };
}
