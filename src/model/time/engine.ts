import { formatDay, parseDate } from '../dates';
import { type DatasetIndex, type PairIndex, indexDataset, labelAt, pairKey } from './dataset-index';
import { lowerBound, upperBound } from '../search';
import { standingAt, tieEdge, type StandingEntry } from './standing';
import { type PairState, stateAt, tieInForce } from './pair-state';
import type {
  Dataset,
  DatasetEvent,
  EngineOptions,
  Sign,
  Snapshot,
  SnapshotEdge,
  SnapshotNode,
} from '../types';

/** A day number, or a date string at any precision (its first day). */
export type TimeInput = number | string;

export interface SnapshotOptions {
  /** Window mode: count only events from this day to t, undecayed. */
  windowFrom?: TimeInput;
}

export function toDay(t: TimeInput, at: 'start' | 'end' = 'start'): number {
  if (typeof t === 'number') return Math.floor(t);
  const parsed = parseDate(t);
  if (!parsed) throw new RangeError(`Not a date: ${JSON.stringify(t)}`);
  return parsed[at];
}

const cache = new WeakMap<Dataset, DatasetIndex>();

/** Accepts a dataset (indexed once with default options and cached) or a prepared index. */
export function asIndex(source: Dataset | DatasetIndex): DatasetIndex {
  if ('pairByKey' in source) return source;
  let index = cache.get(source);
  if (!index) {
    index = indexDataset(source);
    cache.set(source, index);
  }
  return index;
}

export function signOf(score: number, options: EngineOptions): Sign {
  if (score > options.neutralBand) return 1;
  if (score < -options.neutralBand) return -1;
  return 0;
}

export function weightOf(score: number, options: EngineOptions): number {
  const s = Math.abs(score);
  return s / (s + options.weightScale);
}

/** Decayed score of a pair at day t, and how many events are at or before t. */
export function pairScoreAt(
  index: DatasetIndex,
  pair: PairIndex,
  t: number,
): { score: number; count: number } {
  const count = upperBound(pair.days, t);
  if (count === 0) return { score: 0, count: 0 };
  const k = count - 1;
  const decayed = pair.decayed[k] * Math.exp(-index.lambda * (t - pair.days[k]));
  return { score: decayed + standingAt(pair.standing, t), count };
}

/** Plain sum of a pair's events with from <= day <= t. */
export function pairWindowSum(pair: PairIndex, from: number, t: number): { score: number; count: number } {
  const lo = lowerBound(pair.days, from);
  const hi = upperBound(pair.days, t);
  if (hi <= lo) return { score: 0, count: 0 };
  return { score: pair.prefix[hi] - pair.prefix[lo], count: hi - lo };
}

function relationEdge(index: DatasetIndex, pair: PairIndex, score: number, count: number): SnapshotEdge {
  return {
    id: pair.edgeId,
    source: pair.a,
    target: pair.b,
    kind: 'relation',
    sign: signOf(score, index.options),
    weight: weightOf(score, index.options),
    score,
    events: count,
  };
}

const pairsByActor = new WeakMap<DatasetIndex, Map<string, number[]>>();

/** Positions in index.pairs of every pair one actor is part of. */
function pairsOfActor(index: DatasetIndex, id: string): readonly number[] {
  let map = pairsByActor.get(index);
  if (!map) {
    map = new Map();
    index.pairs.forEach((pair, p) => {
      for (const end of [pair.a, pair.b]) {
        const list = map!.get(end);
        if (list) list.push(p);
        else map!.set(end, [p]);
      }
    });
    pairsByActor.set(index, map);
  }
  return map.get(id) ?? [];
}

/** One actor's relation edges in a state: the same edges snapshotAt gives, without building the rest. */
export function relationEdgesOf(index: DatasetIndex, state: PairState, id: string): SnapshotEdge[] {
  const edges: SnapshotEdge[] = [];
  for (const p of pairsOfActor(index, id))
    if (state.shown[p] === 1) edges.push(relationEdge(index, index.pairs[p], state.score[p], state.count[p]));
  return edges;
}

/**
 * The graph at day t: actors alive at t with their label at t, one signed relation per actor pair
 * with events up to t, and the ties (membership, leadership, ...) in force at t.
 */
export function snapshotAt(
  source: Dataset | DatasetIndex,
  at: TimeInput,
  options: SnapshotOptions = {},
): Snapshot {
  const index = asIndex(source);
  const t = toDay(at);
  const from = options.windowFrom === undefined ? undefined : toDay(options.windowFrom);
  const state = stateAt(index, t, from);
  const nodes: SnapshotNode[] = [];
  for (let i = 0; i < state.alive.length; i++) {
    if (state.alive[i] === 0) continue;
    const entry = index.actorEntries[i];
    nodes.push({ id: index.actorOrder[i], label: labelAt(entry, t), kind: entry.actor.kind });
  }
  const edges: SnapshotEdge[] = [];
  const { shown, score, count } = state;
  for (let p = 0; p < shown.length; p++)
    if (shown[p] === 1) edges.push(relationEdge(index, index.pairs[p], score[p], count[p]));
  index.ties.forEach(({ tie }, k) => {
    if (tieInForce(index, state, k)) edges.push(tieEdge(tie));
  });
  const snapshot: Snapshot = { at: formatDay(t), nodes, edges };
  if (from !== undefined) snapshot.window = { from: formatDay(from), to: formatDay(t) };
  return snapshot;
}

export interface Contribution {
  event: DatasetEvent;
  /** The day the event is placed on (middle of its date's period). */
  day: number;
  /** Its share of the score at t: score x 2^(-age / half-life), or the plain score in window mode. */
  contribution: number;
}

export interface EdgeExplanation {
  a: string;
  b: string;
  at: string;
  score: number;
  sign: Sign;
  weight: number;
  contributions: Contribution[];
  /** Ties in force at t that add their standing score (point mode only); part of `score`. */
  standing: { tie: StandingEntry['tie']; contribution: number }[];
}

/** Breaks a relation's score at t into the events (and ties in force) that make it; the parts sum to the score. */
export function explainEdge(
  source: Dataset | DatasetIndex,
  a: string,
  b: string,
  at: TimeInput,
  options: SnapshotOptions = {},
): EdgeExplanation {
  const index = asIndex(source);
  const t = toDay(at);
  const pair = index.pairByKey.get(pairKey(a, b));
  const contributions: Contribution[] = [];
  const standing: EdgeExplanation['standing'] = [];
  if (pair) {
    const from = options.windowFrom === undefined ? undefined : toDay(options.windowFrom);
    const lo = from === undefined ? 0 : lowerBound(pair.days, from);
    const hi = upperBound(pair.days, t);
    for (let k = lo; k < hi; k++) {
      const factor = from === undefined ? Math.exp(-index.lambda * (t - pair.days[k])) : 1;
      contributions.push({
        event: index.dataset.events[pair.events[k]],
        day: pair.days[k],
        contribution: pair.scores[k] * factor,
      });
    }
    if (from === undefined && hi > 0) {
      for (const s of pair.standing ?? [])
        if (s.start <= t && t <= s.end) standing.push({ tie: s.tie, contribution: s.value });
    }
  }
  const score = [...contributions, ...standing].reduce((sum, c) => sum + c.contribution, 0);
  return {
    a,
    b,
    at: formatDay(t),
    score,
    sign: signOf(score, index.options),
    weight: weightOf(score, index.options),
    contributions,
    standing,
  };
}

/** A pair's decayed score sampled every `stepDays` from `from` to `to` (for charts). */
export function relationSeries(
  source: Dataset | DatasetIndex,
  a: string,
  b: string,
  from: number,
  to: number,
  stepDays = 30,
): { day: number; score: number }[] {
  const index = asIndex(source);
  const pair = index.pairByKey.get(pairKey(a, b));
  const out: { day: number; score: number }[] = [];
  for (let day = from; day <= to; day += stepDays) {
    out.push({ day, score: pair ? pairScoreAt(index, pair, day).score : 0 });
  }
  return out;
}
