import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticDataset } from '../../../src/model/synthetic';
import { naiveSnapshotAt } from '../../../src/model/time/naive';
import { indexDataset } from '../../../src/model/time/dataset-index';
import { snapshotAt } from '../../../src/model/time/engine';
import { DEFAULT_ENGINE_OPTIONS, type Snapshot } from '../../../src/model/types';

const EPS = 1e-9;
const { neutralBand, minAbsScore, minEvidence } = DEFAULT_ENGINE_OPTIONS;

/** Equal up to float rounding; an edge sitting exactly on a threshold may fall either way. */
function expectSameSnapshot(indexed: Snapshot, naive: Snapshot) {
  expect(indexed.at).toBe(naive.at);
  expect(indexed.window).toEqual(naive.window);
  expect(indexed.nodes).toEqual(naive.nodes);
  const near = (x: number | undefined, mark: number) => Math.abs((x ?? 0) - mark) < EPS;
  const onEdge = (e: Snapshot['edges'][number]) =>
    near(e.evidence, minAbsScore) || near(e.evidence, minEvidence);
  const a = indexed.edges.filter((e) => !onEdge(e));
  const b = naive.edges.filter((e) => !onEdge(e));
  expect(a.map((e) => e.id)).toEqual(b.map((e) => e.id));
  a.forEach((edge, i) => {
    const other = b[i];
    expect(edge.score).toBeCloseTo(other.score, 9);
    expect(edge.weight).toBeCloseTo(other.weight, 9);
    expect(edge.evidence ?? 0).toBeCloseTo(other.evidence ?? 0, 9);
    expect(edge.confidence ?? 0).toBeCloseTo(other.confidence ?? 0, 9);
    expect(edge.events).toBe(other.events);
    expect(edge.insufficient).toBe(other.insufficient);
    if (Math.abs(Math.abs(edge.score) - neutralBand) > EPS) expect(edge.sign).toBe(other.sign);
    const strip = ({ score, weight, sign, evidence, confidence, ...rest }: Snapshot['edges'][number]) => {
      void [score, weight, sign, evidence, confidence];
      return rest;
    };
    expect(strip(edge)).toEqual(strip(other));
  });
}

const smallDataset = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  actors: fc.integer({ min: 2, max: 12 }),
  pairShare: fc.double({ min: 0, max: 1, noNaN: true }),
  events: fc.integer({ min: 1, max: 200 }),
  ties: fc.integer({ min: 0, max: 6 }),
  years: fc.integer({ min: 1, max: 70 }),
});

describe('indexed snapshot against the naive scan', () => {
  it('matches at any day, decayed and windowed', () => {
    fc.assert(
      fc.property(
        smallDataset,
        fc.integer({ min: -8000, max: 20000 }),
        fc.option(fc.integer({ min: 0, max: 15000 })),
        (spec, t, windowLength) => {
          const maxPairs = (spec.actors * (spec.actors - 1)) / 2;
          const pairs = Math.max(1, Math.round(spec.pairShare * maxPairs));
          const dataset = syntheticDataset({
            ...spec,
            pairs,
            events: Math.max(spec.events, pairs),
            fromYear: 1950,
          });
          const options = windowLength === null ? {} : { windowFrom: t - windowLength };
          expectSameSnapshot(
            snapshotAt(indexDataset(dataset), t, options),
            naiveSnapshotAt(dataset, t, options),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('matches on the hand-made fixture across its span', async () => {
    const { loadDatasetText } = await import('../../../src/model/validate');
    const { readFileSync } = await import('node:fs');
    const loaded = loadDatasetText(readFileSync('tests/fixtures/mini.json', 'utf8'));
    if (!loaded.ok) throw new Error('fixture invalid');
    for (const at of ['1950', '1965-06', '1991-12-25', '1991-12-26', '2003-02-04', '2012']) {
      expectSameSnapshot(snapshotAt(loaded.dataset, at), naiveSnapshotAt(loaded.dataset, at));
      expectSameSnapshot(
        snapshotAt(loaded.dataset, at, { windowFrom: '1960' }),
        naiveSnapshotAt(loaded.dataset, at, { windowFrom: '1960' }),
      );
    }
  });
});
