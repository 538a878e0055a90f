import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorImportance,
  createLookTracker,
  importanceTiers,
  indexDataset,
  parseDate,
  stateAt,
  tellingDay,
  trackLooks,
  validateDataset,
} from '../../../src/model';
import { syntheticDataset } from '../../../src/model/synthetic';
import { DEFAULT_FILTERS } from '../../../src/store/filter-slice';

function bundled() {
  const raw: unknown = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../data/entente.json'), 'utf8'),
  );
  const result = validateDataset(raw);
  if (!result.ok) throw new Error('data/entente.json is invalid');
  return indexDataset(result.dataset);
}

describe('importance at the viewed date', () => {
  it('makes the main actors of December 1971 the largest: Pakistan, India, the Soviet Union, the US, China', () => {
    const index = bundled();
    const tracker = createLookTracker(index);
    trackLooks(tracker, stateAt(index, parseDate('1971-12-13')!.start), DEFAULT_FILTERS);
    const importance = actorImportance(index, tracker.codes);
    const tiers = importanceTiers(importance, tracker.visible);
    const top = index.actorOrder.filter((_id, i) => tiers[i] === 2);
    for (const id of ['pakistan', 'india', 'russia', 'usa', 'china']) expect(top).toContain(id);
    // An actor with no relation drawn now stays the smallest.
    index.actorOrder.forEach((_id, i) => {
      if (importance[i] === 0) expect(tiers[i]).toBe(0);
    });
  });

  it('gives every visible actor a tier, at most 8 the largest, and boosted actors the largest', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 5, max: 60 }), (seed, actors) => {
        const index = indexDataset(syntheticDataset({ seed, actors, pairs: actors * 2, events: actors * 8 }));
        const tracker = createLookTracker(index);
        trackLooks(tracker, stateAt(index, index.span.end), DEFAULT_FILTERS);
        const importance = actorImportance(index, tracker.codes);
        const boost = new Set([0]);
        const tiers = importanceTiers(importance, tracker.visible, boost);
        const largest = [...tiers].filter((t, i) => t === 2 && !boost.has(i)).length;
        expect(largest).toBeLessThanOrEqual(8);
        if (tracker.visible[0]) expect(tiers[0]).toBe(2);
        tiers.forEach((t, i) => {
          if (!tracker.visible[i]) expect(t).toBe(0);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('tellingDay', () => {
  it('opens a large event table on its busiest year, not on its first day', () => {
    const index = indexDataset(syntheticDataset({ seed: 7, actors: 200, pairs: 600, events: 6000 }));
    const day = tellingDay(index);
    expect(day).toBeGreaterThan(index.span.start);
    expect(day).toBeLessThanOrEqual(index.span.end);
    const inYear = (from: number) =>
      index.pairs.reduce((n, p) => n + p.days.filter((d) => d > from - 365 && d <= from).length, 0);
    // No other year-long window ending on a year boundary holds more events.
    for (let end = index.span.start + 364; end <= index.span.end; end += 365)
      expect(inYear(end)).toBeLessThanOrEqual(inYear(day));
  });

  it('is the span end for a dataset without events, and always inside the span', () => {
    expect(tellingDay({ pairs: [], span: { start: 10, end: 900 } })).toBe(900);
    fc.assert(
      fc.property(fc.nat(1000), (seed) => {
        const index = indexDataset(syntheticDataset({ seed, actors: 10, pairs: 15, events: 60 }));
        const day = tellingDay(index);
        expect(day).toBeGreaterThanOrEqual(index.span.start);
        expect(day).toBeLessThanOrEqual(index.span.end);
      }),
      { numRuns: 20 },
    );
  });
});
