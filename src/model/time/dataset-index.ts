import { DAYS_PER_YEAR, parseDate } from '../dates';
import type { Actor, Dataset, EngineOptions, Tie } from '../types';
import { DEFAULT_ENGINE_OPTIONS } from '../types';
import { type TimeGrid, buildTimeGrid } from './time-grid';
import {
  type ColumnParams,
  type PairColumns,
  type PreparedPairs,
  computeColumns,
  eventTable,
  pairsFromColumns,
} from './pair-columns';
import { type StandingEntry, standingByPair } from './standing';

export interface Span {
  start: number;
  end: number;
}

/**
 * All points (events spread by precision) between one unordered pair of actors, sorted by day, with
 * running sums for O(log n) look-up.
 */
export interface PairIndex {
  key: string;
  a: string;
  b: string;
  days: Float64Array;
  /** Each point's impulse to the evidence and to the weighted score. */
  dw: Float64Array;
  dn: Float64Array;
  /** Positions in dataset.events, in the same order as `days`. */
  events: Int32Array;
  /** decW[k], decN[k]: decayed sums of points 0..k, evaluated at days[k]. */
  decW: Float64Array;
  decN: Float64Array;
  /** seen[k]: events begun up to point k. */
  seen: Int32Array;
  /** preW[k], preN[k]: plain sums of points 0..k-1 (length n + 1). */
  preW: Float64Array;
  preN: Float64Array;
  /** The snapshot edge id, built once so that scrubbing does not rebuild a string per pair per frame. */
  edgeId: string;
  /** Lasting-state ties between the pair, which set its baseline while in force. */
  standing?: StandingEntry[];
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
  /** The `actors` entry for each position of `actorOrder`, so snapshots need no map look-ups. */
  actorEntries: ActorIndex[];
  /** Existence span of the actor at each position of `actorOrder` (its map entry's). */
  actorStart: Float64Array;
  actorEnd: Float64Array;
  /** The pairs' events in flat arrays, for the snapshot's hot loop. */
  columns: PairColumns;
  grid: TimeGrid;
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

/** The indexing parameters of a set of engine options (what a worker needs to prepare the columns). */
export function columnParams(opts: EngineOptions): ColumnParams {
  return {
    lambda: Math.LN2 / (opts.halfLifeYears * DAYS_PER_YEAR),
    conflictWeight: opts.conflictWeight,
    episodeRemainder: opts.episodeRemainder,
    episodeWindowDays: opts.episodeWindowDays,
  };
}

/** Builds the look-up structures once per dataset and options; every snapshot then avoids scanning events. */
export function indexDataset(
  dataset: Dataset,
  options: Partial<EngineOptions> = {},
  prepared?: PreparedPairs & { grid?: TimeGrid },
): DatasetIndex {
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
  const actorOrder = dataset.actors.map((a) => a.id);
  const slot = new Map(actorOrder.map((id, i) => [id, i]));
  const actorStart = new Float64Array(actorOrder.length);
  const actorEnd = new Float64Array(actorOrder.length);
  const actorEntries = actorOrder.map((id) => actors.get(id)!);
  actorEntries.forEach(({ exists: { start, end } }, i) => {
    actorStart[i] = start;
    actorEnd[i] = end;
  });
  // A worker may have done the heavy part already (src/workers/engine-client.ts); else it happens here.
  const ready = prepared ?? computeColumns(eventTable(dataset, slot, actorOrder.length), columnParams(opts));
  const { columns } = ready;
  const pairs = pairsFromColumns(ready);
  const ties = dataset.ties.map((tie) => ({ tie, span: spanOf(tie.from, tie.to) }));
  const standing = standingByPair(ties, opts, pairKey);
  for (const pair of pairs) pair.standing = standing.get(pair.key);
  return {
    dataset,
    options: opts,
    lambda,
    actors,
    actorOrder,
    pairs,
    pairByKey: new Map(pairs.map((p) => [p.key, p])),
    ties,
    span: datasetSpan(dataset, pairs),
    actorEntries,
    actorStart,
    actorEnd,
    columns,
    grid: prepared?.grid ?? buildTimeGrid(columns),
  };
}

/** The actor's label at a day: the first label interval holding it, else the nearest one. */
export function labelAt(entry: ActorIndex, day: number): string {
  if (entry.labels.length === 1) return entry.labels[0].label;
  const hit = entry.labels.find((l) => inSpan(l.span, day));
  if (hit) return hit.label;
  const before = entry.labels.filter((l) => l.span.end < day).sort((x, y) => y.span.end - x.span.end)[0];
  return (before ?? entry.labels[0]).label;
}
