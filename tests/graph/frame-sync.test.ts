import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPairState, indexDataset, snapshotAt, stateAt } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import { cyNodeId } from '../../src/graph/elements';
import { syncGraphFrame } from '../../src/graph/frame-sync';
import { syncGraph } from '../../src/graph/sync';
import { applyFilters } from '../../src/store/selectors';
import { filtersArb } from '../model/arbitraries';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';
import { readFileSync } from 'node:fs';
import { type Dataset } from '../../src/model';

function picture(cy: Core) {
  return cy
    .elements()
    .map((el) => ({ id: el.id(), data: el.data() as unknown, classes: el.classes().sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

const index = indexDataset(syntheticDataset({ seed: 9, actors: 40, pairs: 150, events: 3000, ties: 12 }));
const { start, end } = index.span;
const at = (f: number) => start + Math.round((end - start) * f);

describe('syncGraphFrame (the scrub path, straight from typed arrays)', () => {
  it('leaves cy exactly as syncGraph leaves it for the filtered snapshot, frame after frame', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -0.1, max: 1.1, noNaN: true }), fc.option(fc.nat(4000)), filtersArb),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (frames) => {
          const full = cytoscape({ headless: true });
          const fast = cytoscape({ headless: true });
          const buffers = emptyPairState(index);
          for (const [f, length, filters] of frames) {
            const t = at(f);
            const from = length === null ? undefined : t - length;
            syncGraph(
              full,
              applyFilters(snapshotAt(index, t, from === undefined ? {} : { windowFrom: from }), filters),
            );
            syncGraphFrame(fast, index, stateAt(index, t, from, buffers), filters);
            expect(picture(fast)).toEqual(picture(full));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('touches nothing when the frame repeats, and only changed looks when it moves', () => {
    const cy = cytoscape({ headless: true });
    syncGraphFrame(cy, index, stateAt(index, at(0.3)), DEFAULT_FILTERS);
    expect(syncGraphFrame(cy, index, stateAt(index, at(0.3)), DEFAULT_FILTERS)).toEqual({
      added: 0,
      removed: 0,
      restyled: 0,
    });
    const next = syncGraphFrame(cy, index, stateAt(index, at(0.31)), DEFAULT_FILTERS);
    expect(next.restyled + next.added + next.removed).toBeLessThan(cy.edges().length);
  });

  it('recovers when something else removes elements, and when the dataset changes', () => {
    const full = cytoscape({ headless: true });
    const fast = cytoscape({ headless: true });
    syncGraphFrame(fast, index, stateAt(index, at(0.2)), DEFAULT_FILTERS);
    fast.elements().remove(); // what a re-layout does
    syncGraph(full, snapshotAt(index, at(0.6)));
    syncGraphFrame(fast, index, stateAt(index, at(0.6)), DEFAULT_FILTERS);
    expect(picture(fast)).toEqual(picture(full));

    const other = indexDataset(syntheticDataset({ seed: 4, actors: 25, pairs: 60, events: 900 }));
    const t = (other.span.start + other.span.end) / 2;
    syncGraph(full, snapshotAt(other, t));
    syncGraphFrame(fast, other, stateAt(other, t), DEFAULT_FILTERS);
    expect(picture(fast).filter((e) => !e.classes.includes('absent'))).toEqual(
      picture(full).filter((e) => !e.classes.includes('absent')),
    );
  });

  it('follows renamed actors and short labels across the bundled dataset, 1947 to 2012', () => {
    const bundled = indexDataset(JSON.parse(readFileSync('data/entente.json', 'utf8')) as Dataset);
    const short = (id: string, label: string) => `${label.slice(0, 12)}|${id.length}`;
    const full = cytoscape({ headless: true });
    const fast = cytoscape({ headless: true });
    const buffers = emptyPairState(bundled);
    for (let year = 1947; year <= 2012; year += 0.5) {
      const t = Math.round((year - 1970) * 365.25);
      syncGraph(full, snapshotAt(bundled, t), undefined, short);
      syncGraphFrame(
        fast,
        bundled,
        stateAt(bundled, t, undefined, buffers),
        DEFAULT_FILTERS,
        undefined,
        short,
      );
      expect(picture(fast)).toEqual(picture(full));
    }
    expect(fast.getElementById(cyNodeId('russia')).data('label')).toMatch(/^Russia/);
  });
});
