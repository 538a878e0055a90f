/**
 * Reproduces the figures docs/MODEL.md quotes for the alliance analytics: local-search bound vs exact
 * frustration at every quarterly sample of a dataset, and exact solve times (HiGHS) on larger synthetic
 * graphs. A measurement, not a test: `npx tsx scripts/analytics-figures.ts [dataset.json]`.
 */
import { readFileSync } from 'node:fs';
import { formatDay, indexDataset, loadDatasetText, snapshotAt } from '../src/model';
import {
  branchBoundFrustration,
  localSearchFrustration,
  milpFrustration,
  sampleDays,
  signedGraphOf,
} from '../src/model/analytics';
import { syntheticDataset } from '../src/model/synthetic';

const path = process.argv[2] ?? 'data/entente.json';
const loaded = loadDatasetText(readFileSync(path, 'utf8'), path);
if (!loaded.ok) throw new Error(`invalid dataset ${path}`);
const index = indexDataset(loaded.dataset);

await milpFrustration(signedGraphOf(snapshotAt(index, index.span.end))); // load the WebAssembly once
let gaps = 0;
let maxGap = 0;
let maxActors = 0;
const times: number[] = [];
const bbTimes: number[] = [];
let bbMismatch = 0;
for (const day of sampleDays(index.span, 'quarter')) {
  const graph = signedGraphOf(snapshotAt(index, day));
  maxActors = Math.max(maxActors, graph.ids.length);
  const bound = localSearchFrustration(graph);
  const started = performance.now();
  const exact = await milpFrustration(graph);
  times.push(performance.now() - started);
  if (!exact.optimal) console.log(`${formatDay(day)}: exact solve did not finish`);
  const bbStarted = performance.now();
  const bb = branchBoundFrustration(graph);
  bbTimes.push(performance.now() - bbStarted);
  if (!bb.optimal || Math.abs(bb.value - exact.value) > 1e-9) bbMismatch++;
  const gap = bound.value - exact.value;
  if (gap > 1e-9) gaps++;
  maxGap = Math.max(maxGap, gap);
}
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(
  `${path}: ${times.length} quarterly samples, up to ${maxActors} actors; local-search bound above exact at ` +
    `${gaps} samples (max gap ${maxGap.toFixed(4)}); exact solve mean ${mean.toFixed(1)} ms, max ${Math.max(...times).toFixed(0)} ms`,
);
console.log(
  `branch and bound: differs from HiGHS or unproven at ${bbMismatch} samples; max ${Math.max(...bbTimes).toFixed(1)} ms`,
);

for (const actors of [20, 40, 60]) {
  const synthetic = indexDataset(
    syntheticDataset({ seed: 7, actors, pairs: actors * 4, events: actors * 200 }),
  );
  const day = Math.round(synthetic.span.start + 0.6 * (synthetic.span.end - synthetic.span.start));
  const graph = signedGraphOf(snapshotAt(synthetic, day));
  const bound = localSearchFrustration(graph);
  const started = performance.now();
  const exact = await milpFrustration(graph);
  const milpMs = performance.now() - started;
  const bbStarted = performance.now();
  const bb = branchBoundFrustration(graph);
  console.log(
    `synthetic ${graph.ids.length} actors, ${graph.edges.length} ties: bound ${bound.value.toFixed(4)}, exact ` +
      `${exact.value.toFixed(4)} (${exact.optimal ? 'optimal' : 'not proven'}) in ${milpMs.toFixed(0)} ms; ` +
      `branch and bound ${bb.value.toFixed(4)} (${bb.optimal ? 'optimal' : 'not proven'}) in ${(performance.now() - bbStarted).toFixed(0)} ms`,
  );
}
