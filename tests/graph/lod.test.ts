import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncGraphFrame } from '../../src/graph/frame-sync';
import { stylesheet } from '../../src/graph/stylesheet';
import { syncGraph } from '../../src/graph/sync';
import { graphStyleOptions } from '../../src/components/graph/graph-lod';
import { createLookTracker, indexDataset, snapshotAt, stateAt, trackLooks, weightOf } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';

const index = indexDataset(syntheticDataset({ seed: 21, actors: 80, pairs: 600, events: 12_000, ties: 10 }));
const { start, end } = index.span;
const at = (f: number) => start + Math.round((end - start) * f);

function picture(cy: Core) {
  return cy
    .elements()
    .map((el) => ({ id: el.id(), data: el.data() as unknown, classes: el.classes().sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Counts data() writes on cy's elements: what a step really costs Cytoscape. */
function countWrites(cy: Core): { writes: number } {
  const counter = { writes: 0 };
  cy.on('data', () => counter.writes++);
  cy.on('add remove', () => counter.writes++);
  return counter;
}

describe('level of detail in the graph adapter (headless cytoscape)', () => {
  it('while moving draws only the strongest k relations, and the full graph returns when stopped', () => {
    const cy = cytoscape({ headless: true });
    const tracker = createLookTracker(index);
    const day = at(0.6);
    const state = stateAt(index, day);
    const budget = 50;
    trackLooks(tracker, state, DEFAULT_FILTERS, budget);
    syncGraphFrame(cy, index, state, DEFAULT_FILTERS, undefined, undefined, tracker);
    const relations = cy.edges('[kind = "relation"]');
    const total = tracker.summary.positive + tracker.summary.negative + tracker.summary.neutral;
    expect(total).toBeGreaterThan(budget);
    expect(relations.length).toBe(tracker.drawn);
    expect(relations.length).toBeLessThanOrEqual(budget);
    // Nothing left out is stronger than anything drawn.
    const drawn = new Set(relations.map((e) => e.id()));
    const weights = index.pairs.flatMap((pair, p) =>
      state.shown[p] ? [{ id: pair.edgeId, w: weightOf(state.score[p], index.options) }] : [],
    );
    const weakestDrawn = Math.min(...weights.filter((x) => drawn.has(x.id)).map((x) => x.w));
    const strongestLeft = Math.max(...weights.filter((x) => !drawn.has(x.id)).map((x) => x.w));
    expect(weakestDrawn).toBeGreaterThanOrEqual(strongestLeft);

    trackLooks(tracker, state, DEFAULT_FILTERS, Infinity);
    syncGraphFrame(cy, index, state, DEFAULT_FILTERS, undefined, undefined, tracker);
    const full = cytoscape({ headless: true });
    syncGraph(full, snapshotAt(index, day));
    expect(picture(cy)).toEqual(picture(full));
  });

  it('a step touches cy only for pairs whose look changed (as many writes as the naive diff finds)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (f1, f2) => {
          const fast = cytoscape({ headless: true });
          const tracker = createLookTracker(index);
          const s1 = stateAt(index, at(f1));
          trackLooks(tracker, s1, DEFAULT_FILTERS);
          syncGraphFrame(fast, index, s1, DEFAULT_FILTERS, undefined, undefined, tracker);
          const before = new Uint8Array(tracker.codes);
          const counter = countWrites(fast);
          const s2 = stateAt(index, at(f2));
          trackLooks(tracker, s2, DEFAULT_FILTERS);
          const changed = tracker.pendingCount;
          const stats = syncGraphFrame(fast, index, s2, DEFAULT_FILTERS, undefined, undefined, tracker);
          let differ = 0;
          for (let p = 0; p < before.length; p++) if (before[p] !== tracker.codes[p]) differ++;
          expect(changed).toBe(differ);
          const relationTouches = stats.added + stats.removed + stats.restyled;
          // Ties and nodes can add a few more; relations never more than the change list.
          expect(relationTouches).toBeGreaterThanOrEqual(differ);
          expect(counter.writes).toBeLessThanOrEqual(relationTouches + index.actorOrder.length);
          const full = cytoscape({ headless: true });
          syncGraph(full, snapshotAt(index, at(f1)));
          syncGraph(full, snapshotAt(index, at(f2)));
          expect(picture(fast)).toEqual(picture(full));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('falls back to one full compare when cy was edited behind its back', () => {
    const cy = cytoscape({ headless: true });
    const tracker = createLookTracker(index);
    const s1 = stateAt(index, at(0.3));
    trackLooks(tracker, s1, DEFAULT_FILTERS);
    syncGraphFrame(cy, index, s1, DEFAULT_FILTERS, undefined, undefined, tracker);
    cy.elements().remove();
    const s2 = stateAt(index, at(0.32));
    trackLooks(tracker, s2, DEFAULT_FILTERS);
    syncGraphFrame(cy, index, s2, DEFAULT_FILTERS, undefined, undefined, tracker);
    const full = cytoscape({ headless: true });
    syncGraph(full, snapshotAt(index, at(0.3)));
    full.elements().remove();
    syncGraph(full, snapshotAt(index, at(0.32)));
    expect(picture(cy)).toEqual(picture(full));
  });
});

describe('stylesheet while time moves', () => {
  const transitions = (sheet: unknown) =>
    (sheet as { style: Record<string, unknown> }[]).filter(
      (rule) => 'transition-duration' in rule.style || 'transition-property' in rule.style,
    );

  it('has no transitions while playing or scrubbing, nor on large graphs; a fade at rest on small ones', () => {
    const rest = { webgl: false, moving: false, playing: false };
    expect(transitions(stylesheet('light', graphStyleOptions(rest, 11, false)))).toHaveLength(1);
    for (const busy of [
      { ...rest, playing: true },
      { ...rest, moving: true },
    ])
      expect(transitions(stylesheet('light', graphStyleOptions(busy, 11, false)))).toHaveLength(0);
    expect(transitions(stylesheet('dark', graphStyleOptions(rest, 11, true)))).toHaveLength(0);
  });
});
