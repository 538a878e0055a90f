import { DAYS_PER_YEAR, parseDate } from './dates';
import type { Actor, Dataset, DatasetEvent, EngineOptions, Tie } from './types';
import { DEFAULT_ENGINE_OPTIONS } from './types';

export interface Span {
  start: number;
  end: number;
}

/** All events between one unordered pair of actors, sorted by day, with running sums for O(log n) look-up. */
export interface PairIndex {
  key: string;
  a: string;
  b: string;
  days: Float64Array;
  scores: Float64Array;
  /** Positions in dataset.events, in the same order as `days`. */
  events: Int32Array;
  /** decayed[k]: decayed sum of events 0..k, evaluated at days[k]. */
  decayed: Float64Array;
  /** prefix[k]: plain sum of events 0..k-1 (length n + 1). */
  prefix: Float64Array;
}

export interface ActorIndex {
  actor: Actor;
  exists: Span;
  labels: { label: string; span: Span }[];
}

export interface TieIndex {
  tie: Tie;
  span: Span;
}

export interface DatasetIndex {
  dataset: Dataset;
  options: EngineOptions;
  /** Decay rate per day: ln 2 / half-life. */
  lambda: number;
  actors: Map<string, ActorIndex>;
  actorOrder: string[];
  pairs: PairIndex[];
  pairByKey: Map<string, PairIndex>;
  ties: TieIndex[];
  /** The time span the dataset covers (meta.span, else first to last dated item). */
  span: Span;
}

const OPEN_START = -1e9;
const OPEN_END = 1e9;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

function spanOf(from?: string, to?: string): Span {
  return {
    start: from ? (parseDate(from)?.start ?? OPEN_START) : OPEN_START,
    end: to ? (parseDate(to)?.end ?? OPEN_END) : OPEN_END,
  };
}

export function inSpan(span: Span, day: number): boolean {
  return span.start <= day && day <= span.end;
}

export function overlaps(span: Span, from: number, to: number): boolean {
  return span.start <= to && from <= span.end;
}

function buildPair(key: string, a: string, b: string, dataset: Dataset, members: number[], lambda: number): PairIndex {
  const mids = members.map((i) => parseDate(dataset.events[i].date)!.mid);
  const order = members.map((_, k) => k).sort((x, y) => mids[x] - mids[y] || members[x] - members[y]);
  const n = order.length;
  const days = new Float64Array(n);
  const scores = new Float64Array(n);
  const events = new Int32Array(n);
  const decayed = new Float64Array(n);
  const prefix = new Float64Array(n + 1);
  order.forEach((k, j) => {
    days[j] = mids[k];
    events[j] = members[k];
    scores[j] = dataset.events[members[k]].score;
    const carried = j === 0 ? 0 : decayed[j - 1] * Math.exp(-lambda * (days[j] - days[j - 1]));
    decayed[j] = carried + scores[j];
    prefix[j + 1] = prefix[j] + scores[j];
  });
  return { key, a, b, days, scores, events, decayed, prefix };
}

function datasetSpan(dataset: Dataset, pairs: PairIndex[]): Span {
  if (dataset.meta.span) {
    return { start: parseDate(dataset.meta.span.from)!.start, end: parseDate(dataset.meta.span.to)!.end };
  }
  let start = Infinity;
  let end = -Infinity;
  for (const p of pairs) {
    start = Math.min(start, p.days[0]);
    end = Math.max(end, p.days[p.days.length - 1]);
  }
  if (!Number.isFinite(start)) return { start: 0, end: 0 };
  return { start, end };
}

/** Builds the look-up structures once per dataset and options; every snapshot then avoids scanning events. */
export function indexDataset(dataset: Dataset, options: Partial<EngineOptions> = {}): DatasetIndex {
  const opts = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const lambda = Math.LN2 / (opts.halfLifeYears * DAYS_PER_YEAR);
  const actors = new Map<string, ActorIndex>();
  for (const actor of dataset.actors) {
    actors.set(actor.id, {
      actor,
      exists: spanOf(actor.exists?.from, actor.exists?.to),
      labels: actor.labels.map((l) => ({ label: l.label, span: spanOf(l.from, l.to) })),
    });
  }
  const groups = new Map<string, number[]>();
  dataset.events.forEach((e: DatasetEvent, i) => {
    const key = pairKey(e.source, e.target);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const pairs: PairIndex[] = [];
  for (const [key, members] of groups) {
    const [a, b] = key.split('~');
    pairs.push(buildPair(key, a, b, dataset, members, lambda));
  }
  pairs.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const ties = dataset.ties.map((tie) => ({ tie, span: spanOf(tie.from, tie.to) }));
  return {
    dataset,
    options: opts,
    lambda,
    actors,
    actorOrder: dataset.actors.map((a) => a.id),
    pairs,
    pairByKey: new Map(pairs.map((p) => [p.key, p])),
    ties,
    span: datasetSpan(dataset, pairs),
  };
}

/** The actor's label at a day: the first label interval holding it, else the nearest one. */
export function labelAt(entry: ActorIndex, day: number): string {
  const hit = entry.labels.find((l) => inSpan(l.span, day));
  if (hit) return hit.label;
  const before = entry.labels.filter((l) => l.span.end < day).sort((x, y) => y.span.end - x.span.end)[0];
  return (before ?? entry.labels[0]).label;
}
