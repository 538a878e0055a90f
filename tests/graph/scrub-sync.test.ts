import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { indexDataset, snapshotAt } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import { syncGraphIncremental } from '../../src/graph/scrub-sync';
import { syncGraph } from '../../src/graph/sync';

function picture(cy: Core) {
  return cy
    .elements()
    .map((el) => ({ id: el.id(), data: el.data() as unknown, classes: el.classes().sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('syncGraphIncremental', () => {
  const index = indexDataset(syntheticDataset({ seed: 9, actors: 40, pairs: 150, events: 3000, ties: 10 }));
  const { start, end } = index.span;
  const times = [0, 0.3, 0.31, 0.9, 0.2, 0.2, 1, 0.5].map((f) => start + Math.round((end - start) * f));

  it('leaves cy exactly as syncGraph does, step after step, back and forth in time', () => {
    const full = cytoscape({ headless: true });
    const fast = cytoscape({ headless: true });
    for (const t of times) {
      const snapshot = snapshotAt(index, t);
      syncGraph(full, snapshot);
      syncGraphIncremental(fast, snapshot);
      expect(picture(fast)).toEqual(picture(full));
    }
  });

  it('touches only what changed: a repeated frame changes nothing', () => {
    const cy = cytoscape({ headless: true });
    const snapshot = snapshotAt(index, times[1]);
    syncGraphIncremental(cy, snapshot);
    expect(syncGraphIncremental(cy, snapshot)).toEqual({ added: 0, removed: 0, restyled: 0 });
  });

  it('recovers when something else removes elements between frames', () => {
    const full = cytoscape({ headless: true });
    const fast = cytoscape({ headless: true });
    syncGraphIncremental(fast, snapshotAt(index, times[1]));
    fast.elements().remove(); // what a re-layout does
    const snapshot = snapshotAt(index, times[3]);
    syncGraph(full, snapshot);
    syncGraphIncremental(fast, snapshot);
    expect(picture(fast)).toEqual(picture(full));
  });
});
