import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLookTracker,
  indexDataset,
  markVisibleActors,
  naiveLookCode,
  stateAt,
  summariseVisible,
  takeChanges,
  trackLooks,
} from '../../../src/model';
import { syntheticDataset } from '../../../src/model/synthetic';
import { DEFAULT_FILTERS } from '../../../src/store/filter-slice';
import { filtersArb } from '../arbitraries';

type Index = ReturnType<typeof indexDataset>;
type Filter = typeof DEFAULT_FILTERS;

/** Every pair's look at a day, the slow way: one visibleSign per pair. */
function naiveCodes(index: Index, day: number, filter: Filter): number[] {
  const state = stateAt(index, day);
  const visible = new Uint8Array(index.actorOrder.length);
  markVisibleActors(index, state, filter, visible);
  return index.pairs.map((_, p) => naiveLookCode(index, state, p, filter, visible));
}

const datasetArb = fc.record({
  seed: fc.nat(10_000),
  actors: fc.integer({ min: 3, max: 30 }),
  events: fc.integer({ min: 1, max: 1500 }),
});

describe('trackLooks (one pass per frame, a change list for the graph)', () => {
  it('lists exactly the pairs whose look differs between two days, over random datasets and days', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        filtersArb,
        ({ seed, actors, events }, f1, f2, filter) => {
          const pairs = Math.min(actors * 2, (actors * (actors - 1)) / 2);
          const index = indexDataset(syntheticDataset({ seed, actors, pairs, events }));
          const { start, end } = index.span;
          const d1 = Math.round(start + (end - start) * f1);
          const d2 = Math.round(start + (end - start) * f2);
          const tracker = createLookTracker(index);
          trackLooks(tracker, stateAt(index, d1), filter);
          takeChanges(tracker);
          trackLooks(tracker, stateAt(index, d2), filter);
          const changed = [...takeChanges(tracker)].sort((a, b) => a - b);
          const before = naiveCodes(index, d1, filter);
          const after = naiveCodes(index, d2, filter);
          const differ = after.flatMap((code, p) => (code !== before[p] ? [p] : []));
          expect(changed).toEqual(differ);
          expect([...tracker.codes]).toEqual(after);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts what the status line shows in the same pass (equal to summariseVisible)', () => {
    fc.assert(
      fc.property(datasetArb, fc.double({ min: 0, max: 1, noNaN: true }), filtersArb, (d, f, filter) => {
        const pairs = Math.min(d.actors * 2, (d.actors * (d.actors - 1)) / 2);
        const index = indexDataset(syntheticDataset({ ...d, pairs }));
        const day = Math.round(index.span.start + (index.span.end - index.span.start) * f);
        const state = stateAt(index, day);
        const tracker = trackLooks(createLookTracker(index), state, filter);
        expect(tracker.summary).toEqual(summariseVisible(index, state, filter));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps pairs changed over several frames until taken, each once', () => {
    const index = indexDataset(syntheticDataset({ seed: 3, actors: 30, pairs: 80, events: 3000 }));
    const { start, end } = index.span;
    const tracker = createLookTracker(index);
    const days = [0.2, 0.5, 0.21, 0.9].map((f) => Math.round(start + (end - start) * f));
    trackLooks(tracker, stateAt(index, days[0]), DEFAULT_FILTERS);
    takeChanges(tracker);
    for (const day of days.slice(1)) trackLooks(tracker, stateAt(index, day), DEFAULT_FILTERS);
    const list = [...takeChanges(tracker)];
    expect(new Set(list).size).toBe(list.length);
    const first = naiveCodes(index, days[0], DEFAULT_FILTERS);
    const last = naiveCodes(index, days[3], DEFAULT_FILTERS);
    for (let p = 0; p < first.length; p++) if (first[p] !== last[p]) expect(list).toContain(p);
    expect(takeChanges(tracker)).toHaveLength(0);
  });

  it('with a budget keeps only the strongest relations, and nothing stronger than a cut one is cut', () => {
    const index = indexDataset(syntheticDataset({ seed: 5, actors: 60, pairs: 400, events: 8000 }));
    const day = Math.round((index.span.start + index.span.end) / 2);
    const state = stateAt(index, day);
    const all = trackLooks(createLookTracker(index), state, DEFAULT_FILTERS);
    const total = all.summary.positive + all.summary.negative + all.summary.neutral;
    expect(all.drawn).toBe(total);
    const budget = Math.floor(total / 4);
    const cut = trackLooks(createLookTracker(index), state, DEFAULT_FILTERS, budget);
    expect(cut.drawn).toBeLessThanOrEqual(budget);
    expect(cut.drawn).toBeGreaterThan(0);
    expect(cut.summary).toEqual(all.summary);
    const drawnWeights: number[] = [];
    const cutWeights: number[] = [];
    for (let p = 0; p < index.pairs.length; p++) {
      if (all.codes[p] === 0) continue;
      const w = Math.abs(state.score[p]) / (Math.abs(state.score[p]) + index.options.weightScale);
      (cut.codes[p] === 0 ? cutWeights : drawnWeights).push(w);
      if (cut.codes[p] !== 0) expect(cut.codes[p]).toBe(all.codes[p]);
    }
    expect(drawnWeights).toHaveLength(cut.drawn);
    expect(Math.min(...drawnWeights)).toBeGreaterThanOrEqual(Math.max(...cutWeights));
  });
});
