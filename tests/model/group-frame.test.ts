import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  groupFrame,
  groupView,
  indexDataset,
  snapshotAt,
  spanGraph,
  stateAt,
} from '../../src/model';
import { detectCommunities } from '../../src/model/communities/louvain';
import { syntheticDataset } from '../../src/model/synthetic';
import { applyFilters } from '../../src/store/selectors';
import { DEFAULT_FILTERS, type Filters } from '../../src/store/filter-slice';
import { filtersArb } from './arbitraries';
import { loadFixture } from './fixture';

/** The grouped view both ways: from the frame's typed arrays, and by folding the filtered snapshot. */
function bothWays(
  dataset: Dataset,
  at: number,
  windowFrom: number | undefined,
  filters: Filters,
  open: number[],
) {
  const index = indexDataset(dataset);
  const communities = detectCommunities(spanGraph(index));
  const expanded = new Set(open.filter((k) => k < communities.communities.length));
  const t = Math.floor(index.span.start + (index.span.end - index.span.start) * at);
  const from = windowFrom === undefined ? undefined : Math.floor(t - windowFrom);
  const snapshot = snapshotAt(index, t, from === undefined ? {} : { windowFrom: from });
  return {
    fast: groupFrame(index, stateAt(index, t, from), communities, expanded, filters),
    folded: groupView(applyFilters(snapshot, filters), communities, expanded),
  };
}

describe('the grouped view from a frame', () => {
  it('equals folding the filtered snapshot, for any set, day, window, filters and expanded communities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 8, max: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
        fc.oneof(fc.constant(DEFAULT_FILTERS), filtersArb),
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
        (seed, actors, at, windowDays, filters, open) => {
          const dataset = syntheticDataset({ seed, actors, pairs: actors * 3, events: actors * 12 });
          const { fast, folded } = bothWays(dataset, at, windowDays, filters, open);
          expect(fast).toEqual(folded);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('keeps meta-edges, relations inside a community and folded ties the same mid-span', () => {
    const dataset = syntheticDataset({ seed: 3, actors: 40, pairs: 120, events: 480 });
    for (const open of [[], [0], [1, 2]]) {
      const { fast, folded } = bothWays(dataset, 0.5, undefined, DEFAULT_FILTERS, open);
      expect(folded.metaEdges.length).toBeGreaterThan(0);
      expect(folded.foldedTies).toBeGreaterThan(0);
      expect(fast).toEqual(folded);
    }
  });

  it('equals it on the seed fixture too (renamed actors, ties, every kind)', () => {
    const dataset = loadFixture();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        filtersArb,
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }),
        (at, filters, open) => {
          const { fast, folded } = bothWays(dataset, at, undefined, filters, open);
          expect(fast).toEqual(folded);
        },
      ),
      { numRuns: 40 },
    );
  });
});
