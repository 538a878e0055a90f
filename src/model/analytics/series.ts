import type { DatasetIndex } from '../time/dataset-index';
import { addMonths, formatDay } from '../dates';
import { snapshotAt } from '../time/engine';
import { balanceOf } from './balance';
import { type ExactOptions, EXACT_ACTOR_LIMIT, exactFrustration } from './exact';
import { localSearchFrustration } from './local-search';
import { signedGraphOf } from './signed-graph';
import type { SignedGraph } from './types';

export type SeriesStep = 'year' | 'quarter' | 'month';
const MONTHS: Record<SeriesStep, number> = { year: 12, quarter: 3, month: 1 };

export interface AnalyticsSample {
  day: number;
  date: string;
  actors: number;
  edges: number;
  triangles: number;
  /** Balanced share of triangles (1 when there are none). */
  balance: number;
  weightedBalance: number;
  /** Weighted frustration (exact when `optimal`, else a local-search upper bound). */
  frustration: number;
  /** frustration / total signed weight: comparable between dates with more or fewer ties. */
  frustrationShare: number;
  optimal: boolean;
}

/** Sample days from the span's start to its end (the end is always included). */
export function sampleDays(span: { start: number; end: number }, step: SeriesStep): number[] {
  const days: number[] = [];
  for (let d = span.start; d < span.end; d = addMonths(d, MONTHS[step])) days.push(d);
  days.push(span.end);
  return days;
}

function sampleOf(
  day: number,
  graph: SignedGraph,
  value: number,
  total: number,
  optimal: boolean,
): AnalyticsSample {
  const balance = balanceOf(graph);
  return {
    day,
    date: formatDay(day),
    actors: graph.ids.length,
    edges: graph.edges.length,
    triangles: balance.triangles,
    balance: balance.index,
    weightedBalance: balance.weightedIndex,
    frustration: value,
    frustrationShare: total === 0 ? 0 : value / total,
    optimal,
  };
}

const cache = new WeakMap<DatasetIndex, Map<string, AnalyticsSample[]>>();

function cached(index: DatasetIndex, key: string): AnalyticsSample[] | undefined {
  return cache.get(index)?.get(key);
}

function remember(index: DatasetIndex, key: string, samples: AnalyticsSample[]): AnalyticsSample[] {
  let entry = cache.get(index);
  if (!entry) cache.set(index, (entry = new Map()));
  entry.set(key, samples);
  return samples;
}

/** Balance and a local-search frustration bound over the whole span; fast, synchronous, cached. */
export function balanceSeries(index: DatasetIndex, step: SeriesStep = 'quarter'): AnalyticsSample[] {
  const key = `local:${step}`;
  const hit = cached(index, key);
  if (hit) return hit;
  const samples = sampleDays(index.span, step).map((day) => {
    const graph = signedGraphOf(snapshotAt(index, day));
    const f = localSearchFrustration(graph);
    return sampleOf(day, graph, f.value, f.totalWeight, f.optimal);
  });
  return remember(index, key, samples);
}

/**
 * The same series with the exact frustration index wherever the graph is small enough (HiGHS or brute
 * force); larger graphs keep their local-search bound and stay flagged as not optimal.
 */
export async function exactSeries(
  index: DatasetIndex,
  step: SeriesStep = 'quarter',
  options: ExactOptions & {
    onSample?: (sample: AnalyticsSample, position: number) => void;
    /** Awaited between samples, so a worker can answer other messages during a long series. */
    between?: () => Promise<void>;
  } = {},
): Promise<AnalyticsSample[]> {
  const key = `exact:${step}`;
  const hit = cached(index, key);
  if (hit) return hit;
  const out: AnalyticsSample[] = [];
  for (const day of sampleDays(index.span, step)) {
    const graph = signedGraphOf(snapshotAt(index, day));
    const f =
      graph.ids.length <= EXACT_ACTOR_LIMIT
        ? await exactFrustration(graph, options)
        : localSearchFrustration(graph);
    out.push(sampleOf(day, graph, f.value, f.totalWeight, f.optimal));
    options.onSample?.(out[out.length - 1], out.length - 1);
    await options.between?.();
  }
  return remember(index, key, out);
}
