import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset, snapshotAt, stateAt, summariseVisible } from '../../../src/model';
import { syntheticDataset } from '../../../src/model/synthetic';
import { applyFilters } from '../../../src/store/selectors';
import { filtersArb } from '../arbitraries';

describe('summariseVisible (the status line, counted from the typed-array state)', () => {
  const index = indexDataset(syntheticDataset({ seed: 5, actors: 30, pairs: 100, events: 2000, ties: 15 }));
  const { start, end } = index.span;

  it('counts what applyFilters keeps of the snapshot, for any filter, day and window', () => {
    fc.assert(
      fc.property(
        filtersArb,
        fc.integer({ min: start - 100, max: end + 100 }),
        fc.option(fc.nat(5000)),
        (filters, t, length) => {
          const from = length === null ? undefined : t - length;
          const shown = applyFilters(
            snapshotAt(index, t, from === undefined ? {} : { windowFrom: from }),
            filters,
          );
          const relations = shown.edges.filter((e) => e.kind === 'relation');
          expect(summariseVisible(index, stateAt(index, t, from), filters)).toEqual({
            actors: shown.nodes.length,
            positive: relations.filter((e) => e.sign > 0).length,
            negative: relations.filter((e) => e.sign < 0).length,
            neutral: relations.filter((e) => e.sign === 0).length,
            ties: shown.edges.length - relations.length,
          });
        },
      ),
      { numRuns: 120 },
    );
  });
});
