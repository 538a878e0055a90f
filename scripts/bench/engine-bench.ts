import { loadavg } from 'node:os';
import { DAYS_PER_YEAR, pairKey, parseDate } from '../../src/model';
import { indexDataset } from '../../src/model/time/dataset-index';
import { snapshotAt } from '../../src/model/time/engine';
import { emptyPairState, stateAt } from '../../src/model/time/pair-state';
import { naiveSnapshotAt } from '../../src/model/time/naive';
import { syntheticDataset } from '../../src/model/synthetic';
import type { Dataset } from '../../src/model/types';
import { mb, ms, seededTimes, summarise, verdict, type Summary } from './stats';

export interface EngineFigures {
  actors: number;
  pairs: number;
  events: number;
  generateMs: number;
  indexBuildMs: number;
  memory: {
    datasetHeapBytes: number;
    indexHeapBytes: number;
    indexArrayBufferBytes: number;
    rssBytes: number;
  };
  /** stateAt into reused buffers: the state at t that the graph adapter reads. */
  indexed: Summary;
  stateCpuMeanMs: number;
  stateScrub: Summary;
  /** snapshotAt: the same state as objects (inspector, exports, analytics). */
  snapshot: Summary;
  snapshotScrub: Summary;
  naive: Summary;
  naivePreparsed: Summary;
  speedup: number;
  snapshotSpeedup: number;
  speedupVsPreparsed: number;
  loadavg: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;
function settle() {
  gc?.();
  gc?.();
  return process.memoryUsage();
}

/**
 * The strongest simple baseline: a straight scan of all events with dates already parsed to days and
 * pairs already numbered, so only the scan itself is measured (no parsing, no sorting).
 */
function timed(fn: (t: number) => unknown, days: number[]): number[] {
  return days.map((t) => {
    const s = performance.now();
    fn(t);
    return performance.now() - s;
  });
}

function preparsedScan(dataset: Dataset, lambda: number) {
  const pairOf = new Map<string, number>();
  const pairIds = new Int32Array(dataset.events.length);
  const days = new Float64Array(dataset.events.length);
  const scores = new Float64Array(dataset.events.length);
  dataset.events.forEach((e, i) => {
    const key = pairKey(e.source, e.target);
    if (!pairOf.has(key)) pairOf.set(key, pairOf.size);
    pairIds[i] = pairOf.get(key)!;
    days[i] = parseDate(e.date)!.mid;
    scores[i] = e.score;
  });
  const sums = new Float64Array(pairOf.size);
  return (t: number) => {
    sums.fill(0);
    for (let i = 0; i < days.length; i++)
      if (days[i] <= t) sums[pairIds[i]] += scores[i] * Math.exp(-lambda * (t - days[i]));
    return sums;
  };
}

export function runEngineBench(sizes = { actors: 2000, pairs: 10_000, events: 1_000_000 }): EngineFigures {
  const before = settle();
  let start = performance.now();
  const dataset = syntheticDataset({ seed: 2026, ...sizes });
  const generateMs = performance.now() - start;
  const withDataset = settle();

  start = performance.now();
  const index = indexDataset(dataset);
  const indexBuildMs = performance.now() - start;
  const withIndex = settle();
  const memory = {
    datasetHeapBytes: withDataset.heapUsed - before.heapUsed,
    indexHeapBytes: withIndex.heapUsed - withDataset.heapUsed,
    indexArrayBufferBytes: withIndex.arrayBuffers - withDataset.arrayBuffers,
    rssBytes: withIndex.rss,
  };

  const { start: from, end: to } = index.span;
  const buffers = emptyPairState(index);
  const fill = (t: number) => stateAt(index, t, undefined, buffers);
  const objects = (t: number) => snapshotAt(index, t);
  for (const t of seededTimes(100, from, to, 7)) {
    fill(t); // warm-up (JIT)
    objects(t);
  }
  const cpu = process.cpuUsage();
  const state = timed(fill, seededTimes(1000, from, to, 11));
  const cpuUsed = process.cpuUsage(cpu);
  const stateCpuMeanMs = (cpuUsed.user + cpuUsed.system) / 1000 / state.length;
  const snapshot = timed(objects, seededTimes(1000, from, to, 11));
  // A 10 s scrub at 60 frames a second over the whole span: consecutive, close times.
  const frames = Array.from({ length: 600 }, (_, f) => from + ((to - from) * f) / 599);
  const stateScrub = timed(fill, frames);
  const snapshotScrub = timed(objects, frames);

  const naiveTimes: number[] = [];
  for (const t of seededTimes(5, from, to, 13)) {
    const s = performance.now();
    naiveSnapshotAt(dataset, t);
    naiveTimes.push(performance.now() - s);
  }
  const scan = preparsedScan(dataset, Math.LN2 / (index.options.halfLifeYears * DAYS_PER_YEAR));
  const scanTimes: number[] = [];
  for (const t of seededTimes(10, from, to, 17)) {
    const s = performance.now();
    scan(t);
    scanTimes.push(performance.now() - s);
  }
  const indexed = summarise(state);
  const objectsSummary = summarise(snapshot);
  const naive = summarise(naiveTimes);
  const naivePreparsed = summarise(scanTimes);
  return {
    ...sizes,
    generateMs,
    indexBuildMs,
    memory,
    indexed,
    stateCpuMeanMs,
    stateScrub: summarise(stateScrub),
    snapshot: objectsSummary,
    snapshotScrub: summarise(snapshotScrub),
    naive,
    naivePreparsed,
    speedup: naive.p50 / indexed.p50,
    snapshotSpeedup: naive.p50 / objectsSummary.p50,
    speedupVsPreparsed: naivePreparsed.p50 / indexed.p50,
    loadavg: loadavg(),
  };
}

export function printEngine(f: EngineFigures): void {
  const line = (label: string, s: Summary) =>
    `  ${label.padEnd(34)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  max ${ms(s.max).padStart(9)}  (n=${s.n})`;
  console.log(`\nState at t — ${f.actors} actors, ${f.pairs} pairs, ${f.events.toLocaleString('en')} events`);
  console.log(`  generate dataset ${ms(f.generateMs)}; index build ${ms(f.indexBuildMs)}`);
  console.log(
    `  memory: dataset heap ${mb(f.memory.datasetHeapBytes)}, index heap ${mb(f.memory.indexHeapBytes)} + typed arrays ${mb(f.memory.indexArrayBufferBytes)}; rss ${mb(f.memory.rssBytes)}${gc ? '' : ' (no --expose-gc: rough)'}`,
  );
  console.log(line('stateAt (typed arrays), random t', f.indexed));
  console.log(`  ${''.padEnd(34)} CPU time per state (mean) ${ms(f.stateCpuMeanMs)}`);
  console.log(line('stateAt, 600-frame scrub', f.stateScrub));
  console.log(line('snapshotAt (objects), random t', f.snapshot));
  console.log(line('snapshotAt, 600-frame scrub', f.snapshotScrub));
  console.log(line('naive (naiveSnapshotAt)', f.naive));
  console.log(line('naive scan, dates pre-parsed', f.naivePreparsed));
  console.log(
    `  speed-up vs naive: stateAt ${f.speedup.toFixed(0)}x (target >= 1000x: ${verdict(f.speedup >= 1000)}); snapshotAt ${f.snapshotSpeedup.toFixed(0)}x`,
  );
  console.log(`  speed-up vs pre-parsed scan: ${f.speedupVsPreparsed.toFixed(0)}x`);
  console.log(
    `  p95 stateAt ${ms(f.indexed.p95)} (target <= 1 ms: ${verdict(f.indexed.p95 <= 1)}); snapshotAt ${ms(f.snapshot.p95)} (${verdict(f.snapshot.p95 <= 1)})`,
  );
  console.log(`  load average during the run: ${f.loadavg.map((x) => x.toFixed(2)).join(' ')}`);
}
