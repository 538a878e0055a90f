import { lowerBound, upperBound } from '../search';
import type { DatasetIndex, PairIndex, Span } from '../time/dataset-index';
import { confidenceOf, pairScoreAt, signOf, weightOf } from '../time/engine';
import type { DynamicEdge, Valued } from './dynamic-graph';

/** Appends a run of one value, merged into the last run when adjacent and equal (no object otherwise). */
function put<T>(runs: Valued<T>[], start: number, end: number, value: T): void {
  const last = runs[runs.length - 1];
  if (last && last.end + 1 >= start && last.value === value) last.end = Math.max(last.end, end);
  else runs.push({ start, end, value });
}

function putSpan(runs: Span[], start: number, end: number): void {
  const last = runs[runs.length - 1];
  if (last && last.end + 1 >= start) last.end = Math.max(last.end, end);
  else runs.push({ start, end });
}

/** `f` remembered by its argument: the rounded values repeat across a million samples. */
function memo(f: (v: number) => number): (v: number) => number {
  const seen = new Map<number, number>();
  return (v) => {
    let out = seen.get(v);
    if (out === undefined) seen.set(v, (out = f(v)));
    return out;
  };
}

export interface SeriesContext {
  index: DatasetIndex;
  /** First day of every sampling period, sorted. */
  samples: number[];
  scoreStep: number;
}

/**
 * Fills a relation edge's series, pair by pair: evaluated at every period start and every jump (its
 * events, its ties' cuts) within `both`, each value held until the next, equal neighbours merged.
 */
export function relationSeriesMaker({ index, samples, scoreStep }: SeriesContext) {
  const { options } = index;
  const floor = options.minAbsScore;
  // quantize(v) = Number((Math.round(v / step) * step).toFixed(6)), remembered by the rounded step.
  const stepValue = memo((k) => Number((k * scoreStep).toFixed(6)));
  const quantize = (v: number) => stepValue(Math.round(v / scoreStep));
  // Weight follows the rounded score so both change on the same days (never 0 while the edge is
  // shown); sign uses the exact score, as the snapshot does.
  const weightAt = memo((q) => Number(weightOf(Math.max(Math.abs(q), floor), options).toFixed(4)));
  const confidenceAt = memo((e) => Number(confidenceOf(e, options).toFixed(4)));

  return (edge: DynamicEdge, pair: PairIndex, both: Span, jumps: readonly number[], lasting: Span[]) => {
    const record = (day: number, end: number, reading: ReturnType<typeof pairScoreAt>) => {
      const { score, count, evidence, insufficient } = reading;
      putSpan(edge.spells, day, end);
      const q = quantize(score);
      put(edge.score, day, end, q);
      put(edge.weight, day, end, weightAt(q));
      put(edge.sign, day, end, insufficient ? 0 : signOf(score, options));
      put(edge.events, day, end, count);
      const e = quantize(evidence);
      put(edge.evidence, day, end, e);
      put(edge.confidence, day, end, confidenceAt(e));
      put(edge.insufficient, day, end, insufficient);
      put(
        edge.lasting,
        day,
        end,
        lasting.some((s) => s.start <= day && day <= s.end),
      );
    };
    // A pair without lasting states has no baseline: once it is hidden (no event yet, or its evidence
    // decayed under the floor) it stays hidden until its next jump, so the period starts in between
    // are skipped instead of evaluated (a 100,000-pair set has 840 months each, most of them quiet).
    const quiet = !pair.standing?.length;
    let s = lowerBound(samples, both.start);
    const sEnd = upperBound(samples, both.end);
    let j = 0;
    let shownDay = 0;
    let shown: ReturnType<typeof pairScoreAt> | null = null;
    while (s < sEnd || j < jumps.length) {
      const day = j < jumps.length && (s >= sEnd || jumps[j] <= samples[s]) ? jumps[j] : samples[s];
      if (j < jumps.length && jumps[j] === day) j++;
      if (s < sEnd && samples[s] === day) s++;
      if (shown) record(shownDay, day - 1, shown);
      const reading = pairScoreAt(index, pair, day);
      // The snapshot's rule: a lasting state in force, or an event begun and evidence above the floor.
      const { count, evidence, baseline } = reading;
      shown = baseline === 0 && (count === 0 || evidence < floor) ? null : reading;
      shownDay = day;
      if (!shown && quiet) s = j < jumps.length ? Math.max(s, lowerBound(samples, jumps[j])) : sEnd;
    }
    if (shown) record(shownDay, both.end, shown);
  };
}
