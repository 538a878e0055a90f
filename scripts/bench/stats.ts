/** Small helpers shared by the benchmark sections. Benchmarks print; they never assert. */

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, mean, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x >= 100 ? `${x.toFixed(0)} ms` : x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(0)} µs`;
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function verdict(ok: boolean): string {
  return ok ? 'meets target' : 'MISSES target';
}

/** Deterministic times for repeatable runs (the engine itself is deterministic; only the clock is not). */
export function seededTimes(count: number, from: number, to: number, seed = 1): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push(from + Math.floor((s / 2 ** 32) * (to - from)));
  }
  return out;
}

/** The dataset sizes of the user-facing parts (issue 14). */
const ALL_SIZES = [
  { actors: 500, pairs: 2_500, events: 15_000 },
  { actors: 2_000, pairs: 10_000, events: 60_000 },
  { actors: 5_000, pairs: 25_000, events: 150_000 },
];
/** BENCH_ACTORS=500,2000 runs only those sizes. */
export const SIZES = ALL_SIZES.filter(
  (s) => !process.env.BENCH_ACTORS || process.env.BENCH_ACTORS.split(',').includes(String(s.actors)),
);
