import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset } from '../../../src/model/time/dataset-index';
import { relationEdgesOf, snapshotAt } from '../../../src/model/time/engine';
import { emptyPairState, stateAt, type PairState } from '../../../src/model/time/pair-state';
import { syntheticDataset } from '../../../src/model/synthetic';

const copy = (s: PairState) => ({
  alive: [...s.alive],
  shown: [...s.shown],
  score: [...s.score].map((x, p) => (s.shown[p] ? x : 0)),
  count: [...s.count].map((x, p) => (s.shown[p] ? x : 0)),
  evidence: [...s.evidence].map((x, p) => (s.shown[p] ? x : 0)),
  insufficient: [...s.insufficient].map((x, p) => (s.shown[p] ? x : 0)),
  edges: s.edges,
});

describe('stateAt (the typed-array state a scrub refills)', () => {
  it('reusing one buffer across a scrub gives the same state as fresh buffers, in both modes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.tuple(fc.integer({ min: -4000, max: 20000 }), fc.option(fc.nat(9000))), {
          minLength: 2,
          maxLength: 12,
        }),
        (seed, frames) => {
          const index = indexDataset(syntheticDataset({ seed, actors: 9, pairs: 20, events: 300 }));
          const reused = emptyPairState(index);
          for (const [t, length] of frames) {
            const from = length === null ? undefined : t - length;
            expect(copy(stateAt(index, t, from, reused))).toEqual(copy(stateAt(index, t, from)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('holds exactly the edges and scores of snapshotAt', () => {
    const index = indexDataset(syntheticDataset({ seed: 7, actors: 30, pairs: 120, events: 5000 }));
    for (const t of [index.span.start - 1, index.span.start + 400, 5000, 12000, index.span.end + 900]) {
      const state = stateAt(index, t);
      const relations = snapshotAt(index, t).edges.filter((e) => e.kind === 'relation');
      expect(state.edges).toBe(relations.length);
      for (const edge of relations) {
        const p = index.pairs.findIndex((pair) => pair.edgeId === edge.id);
        expect(state.shown[p]).toBe(1);
        expect(state.score[p]).toBe(edge.score);
        expect(state.evidence[p]).toBe(edge.evidence);
        expect(state.insufficient[p] === 1).toBe(edge.insufficient === true);
        // count holds spread points; the edge counts events begun, which can only be fewer.
        expect(state.count[p]).toBeGreaterThanOrEqual(edge.events!);
      }
    }
  });

  it('reads a time grid of many rows (about one point per pair per row)', () => {
    const index = indexDataset(syntheticDataset({ seed: 3, actors: 40, pairs: 200, events: 20000 }));
    expect(index.grid.rows).toBeGreaterThan(50);
    // Every spread point (1 per day-dated, 4 per month-dated, 12 per year-dated event) is in the grid once.
    expect(index.grid.cum[index.grid.rows * index.grid.pairs]).toBe(index.columns.days.length);
    expect(index.columns.days.length).toBeGreaterThan(20000);
  });
});

describe('relationEdgesOf (one actor, for the inspector)', () => {
  it("gives exactly the actor's relation edges of snapshotAt, in both modes", () => {
    const index = indexDataset(syntheticDataset({ seed: 12, actors: 25, pairs: 90, events: 3000 }));
    for (const t of [index.span.start + 300, 9000, 15000]) {
      for (const from of [undefined, t - 2000]) {
        const snapshot = snapshotAt(index, t, from === undefined ? {} : { windowFrom: from });
        const state = stateAt(index, t, from);
        for (const id of index.actorOrder.slice(0, 8)) {
          const expected = snapshot.edges.filter(
            (e) => e.kind === 'relation' && (e.source === id || e.target === id),
          );
          const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
          expect(relationEdgesOf(index, state, id).sort(byId)).toEqual(expected.sort(byId));
        }
      }
    }
  });
});
