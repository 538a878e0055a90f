import { formatDay, parseDate } from '../dates';
import { type DatasetIndex, type PairIndex, indexDataset, labelAt, pairKey } from './dataset-index';
import { lowerBound, upperBound } from '../search';
import {
  baselineAt,
  freshSince,
  staleFactor,
  staleRule,
  standingInForce,
  tieEdge,
  type StandingEntry,
} from './standing';
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

/** Sign of a tone: +1 above the neutral band, -1 below it, 0 inside. */
export function signOf(score: number, options: EngineOptions): Sign {
  if (score > options.neutralBand) return 1;
  if (score < -options.neutralBand) return -1;
  return 0;
}

/** Strength of a tone in [0, 1), drawn as the width. */
export function weightOf(score: number, options: EngineOptions): number {
  const s = Math.abs(score);
  return s / (s + options.weightScale);
}

/** Share of the tone the events (not the baseline) decide: evidence / (evidence + kappa). */
export function confidenceOf(evidence: number, options: EngineOptions): number {
  return evidence / (evidence + options.kappa);
}

export interface PairReading {
  /** The tone at t. */
  score: number;
  /** Events begun at or before t. */
  count: number;
  evidence: number;
  baseline: number;
  insufficient: boolean;
}

/** A pair's tone at day t from its own arrays (binary search): the reference the time grid must match. */
export function pairScoreAt(index: DatasetIndex, pair: PairIndex, t: number): PairReading {
  const points = upperBound(pair.days, t);
  const { kappa, minEvidence } = index.options;
  const since = freshSince(pair.standing, t, points === 0 ? NaN : pair.days[points - 1]);
  const full = baselineAt(pair.standing, t);
  const baseline = full === 0 ? 0 : full * staleFactor(staleRule(index.options), t, since);
  if (points === 0) return { score: baseline, count: 0, evidence: 0, baseline, insufficient: baseline === 0 };
  const k = points - 1;
  const decay = Math.exp(-index.lambda * (t - pair.days[k]));
  const w = pair.decW[k] * decay;
  const n = pair.decN[k] * decay;
  return {
    score: (n + kappa * baseline) / (w + kappa),
    count: pair.seen[k],
    evidence: w,
    baseline,
    insufficient: baseline === 0 && w < minEvidence,
  };
}

/** Undecayed weighted mean of a pair's points with from <= day <= t, shrunk toward 0 (window mode). */
export function pairWindowSum(
  index: DatasetIndex,
  pair: PairIndex,
  from: number,
  t: number,
): { score: number; count: number; evidence: number } {
  const lo = lowerBound(pair.days, from);
  const hi = upperBound(pair.days, t);
  if (hi <= lo) return { score: 0, count: 0, evidence: 0 };
  const w = pair.preW[hi] - pair.preW[lo];
  return {
    score: (pair.preN[hi] - pair.preN[lo]) / (w + index.options.kappa),
    count: pair.seen[hi - 1] - (lo > 0 ? pair.seen[lo - 1] : 0),
    evidence: w,
  };
}

/** Events (not spread points) pair p counts in a state: begun up to t, or begun inside the window. */
function eventsCounted(index: DatasetIndex, state: PairState, p: number): number {
  const pair = index.pairs[p];
  if (state.windowFrom === undefined) return state.count[p] === 0 ? 0 : pair.seen[state.count[p] - 1];
  return pairWindowSum(index, pair, state.windowFrom, state.day).count;
}

/** Pair p as a snapshot edge in a state (valid where `shown` is 1). */
export function relationEdge(index: DatasetIndex, state: PairState, p: number): SnapshotEdge {
  const pair = index.pairs[p];
  const score = state.score[p];
  const insufficient = state.insufficient[p] === 1;
  const evidence = state.evidence[p];
  return {
    id: pair.edgeId,
    source: pair.a,
    target: pair.b,
    kind: 'relation',
    sign: insufficient ? 0 : signOf(score, index.options),
    weight: weightOf(score, index.options),
    score,
    events: eventsCounted(index, state, p),
    evidence,
    confidence: confidenceOf(evidence, index.options),
    ...(insufficient ? { insufficient } : {}),
    ...(state.stale[p] === 1 ? { stale: true } : {}),
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
    if (state.shown[p] === 1) edges.push(relationEdge(index, state, p));
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
  for (let p = 0; p < state.shown.length; p++)
    if (state.shown[p] === 1) edges.push(relationEdge(index, state, p));
  index.ties.forEach(({ tie }, k) => {
    if (tieInForce(index, state, k)) edges.push(tieEdge(tie));
  });
  const snapshot: Snapshot = { at: formatDay(t), nodes, edges };
  if (from !== undefined) snapshot.window = { from: formatDay(from), to: formatDay(t) };
  return snapshot;
}

export interface Contribution {
  event: DatasetEvent;
  /** The first day the event counts on (its period's start for a month or year date). */
  day: number;
  /** Its share of the tone at t: its decayed weighted score / (evidence + kappa). */
  contribution: number;
  /** Its decayed weight at t (its part of the evidence). */
  weight: number;
  /** Dataset position of the first event of its episode. */
  episode: number;
}

export interface EpisodeShare {
  /** Dataset position of its first event. */
  id: number;
  /** The declared episode id, else the first event's id. */
  label: string;
  declared: boolean;
  /** Sum of its events' shares of the tone. */
  share: number;
  /** Its part of the evidence. */
  evidence: number;
  events: Contribution[];
}

export interface EdgeExplanation {
  a: string;
  b: string;
  at: string;
  /** The tone shown; equals the sum of every contribution and every standing contribution. */
  score: number;
  sign: Sign;
  weight: number;
  evidence: number;
  confidence: number;
  insufficient: boolean;
  /** b(t): the baseline of the lasting states in force (point mode), and its share kappa b / (evidence + kappa). */
  baseline: number;
  baselineShare: number;
  contributions: Contribution[];
  /** The same contributions grouped by episode, strongest share first. */
  episodes: EpisodeShare[];
  /**
   * Set when the baseline is stale: the day of the last fresh evidence (a dated event of the pair or the
   * start of a lasting state in force), the state it rests on, and the share of its pull left.
   */
  stale?: { since: string; restingOn: StandingEntry['tie']; factor: number };
  /** Lasting states in force (point mode): whether each sets the baseline, and its share of the tone. */
  standing: {
    tie: StandingEntry['tie'];
    value: number;
    counts: boolean;
    reason?: string;
    contribution: number;
  }[];
}

/** Breaks a relation's tone at t into the baseline and the episodes that make it; the parts sum to the tone. */
export function explainEdge(
  source: Dataset | DatasetIndex,
  a: string,
  b: string,
  at: TimeInput,
  options: SnapshotOptions = {},
): EdgeExplanation {
  const index = asIndex(source);
  const opts = index.options;
  const t = toDay(at);
  const pair = index.pairByKey.get(pairKey(a, b));
  const from = options.windowFrom === undefined ? undefined : toDay(options.windowFrom);
  const byEvent = new Map<number, { day: number; w: number; n: number }>();
  let baseline = 0;
  let factor = 1;
  let since = Number.NaN;
  let inForce: ReturnType<typeof standingInForce> = [];
  if (pair) {
    const lo = from === undefined ? 0 : lowerBound(pair.days, from);
    const hi = upperBound(pair.days, t);
    for (let k = lo; k < hi; k++) {
      const factor = from === undefined ? Math.exp(-index.lambda * (t - pair.days[k])) : 1;
      const e = pair.events[k];
      const acc = byEvent.get(e) ?? { day: pair.days[k], w: 0, n: 0 };
      acc.w += pair.dw[k] * factor;
      acc.n += pair.dn[k] * factor;
      byEvent.set(e, acc);
    }
    if (from === undefined) {
      since = freshSince(pair.standing, t, hi === 0 ? NaN : pair.days[hi - 1]);
      factor = staleFactor(staleRule(opts), t, since);
      baseline = baselineAt(pair.standing, t) * factor;
      inForce = standingInForce(pair.standing, t);
    }
  }
  let evidence = 0;
  for (const v of byEvent.values()) evidence += v.w;
  const denominator = evidence + opts.kappa;
  const contributions: Contribution[] = [...byEvent].map(([e, v]) => ({
    event: index.dataset.events[e],
    day: v.day,
    contribution: v.n / denominator,
    weight: v.w,
    episode: index.columns.episodeOf[e],
  }));
  const standing = inForce.map(({ entry, counts, reason }) => ({
    tie: entry.tie,
    value: entry.value,
    counts,
    ...(reason ? { reason } : {}),
    contribution: counts ? (opts.kappa * entry.value * factor) / denominator : 0,
  }));
  const restingOn = strongestCounted(standing);
  const baselineShare = (opts.kappa * baseline) / denominator;
  const score = contributions.reduce((sum, c) => sum + c.contribution, 0) + baselineShare;
  const insufficient = baseline === 0 && evidence < opts.minEvidence;
  return {
    a,
    b,
    at: formatDay(t),
    score,
    sign: insufficient ? 0 : signOf(score, opts),
    weight: weightOf(score, opts),
    evidence,
    confidence: confidenceOf(evidence, opts),
    insufficient,
    baseline,
    baselineShare,
    ...(factor < 1 && baseline !== 0 && restingOn
      ? { stale: { since: formatDay(since), restingOn, factor } }
      : {}),
    contributions,
    episodes: groupEpisodes(index, contributions),
    standing,
  };
}

/** The counted lasting state with the largest standing score: the one a stale baseline rests on. */
function strongestCounted(
  standing: readonly { tie: StandingEntry['tie']; value: number; counts: boolean }[],
): StandingEntry['tie'] | undefined {
  let best: (typeof standing)[number] | undefined;
  for (const s of standing) if (s.counts && (!best || Math.abs(s.value) > Math.abs(best.value))) best = s;
  return best?.tie;
}

function groupEpisodes(index: DatasetIndex, contributions: readonly Contribution[]): EpisodeShare[] {
  const out = new Map<number, EpisodeShare>();
  for (const c of contributions) {
    let ep = out.get(c.episode);
    if (!ep) {
      const first = index.dataset.events[c.episode];
      ep = {
        id: c.episode,
        label: first.episode ?? first.id,
        declared: first.episode !== undefined,
        share: 0,
        evidence: 0,
        events: [],
      };
      out.set(c.episode, ep);
    }
    ep.share += c.contribution;
    ep.evidence += c.weight;
    ep.events.push(c);
  }
  return [...out.values()].sort((x, y) => Math.abs(y.share) - Math.abs(x.share) || x.id - y.id);
}

/** A pair's tone sampled every `stepDays` from `from` to `to` (for charts). */
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
