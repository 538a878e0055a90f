import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type SignedGraph,
  branchBoundFrustration,
  bruteForceFrustration,
  exactFrustration,
  localSearchFrustration,
  milpFrustration,
  signedGraphFrom,
  splitCost,
  unitWeights,
} from '../../../src/model/analytics';
import { allNegative, coldWar, rapprochement } from './graphs';

describe('frustration index on graphs with known answers', () => {
  it('is zero for a balanced graph, with the two camps it implies', async () => {
    for (const result of [
      bruteForceFrustration(coldWar),
      localSearchFrustration(coldWar),
      await milpFrustration(coldWar),
    ]) {
      expect(result.value).toBe(0);
      expect(result.optimal).toBe(true);
      expect(result.camps).toEqual({ ussr: 'A', india: 'A', pakistan: 'B', usa: 'B' });
      expect(result.frustrated).toEqual([]);
      expect(result.normalised).toBe(1);
    }
  });

  it('finds the single cheapest tie to blame in the Russia-India-Pakistan-US graph', async () => {
    const exact = await milpFrustration(rapprochement);
    expect(exact.optimal).toBe(true);
    // Best split: Russia, India and the US together, Pakistan apart; Russia-Pakistan (0.4) and
    // US-Pakistan (0.3) then cross camps: 0.7. One camp for all would strain India-Pakistan (0.95).
    expect(exact.value).toBeCloseTo(bruteForceFrustration(rapprochement).value, 12);
    expect(exact.value).toBeCloseTo(0.7, 12);
    expect(exact.camps).toEqual({ russia: 'A', india: 'A', usa: 'A', pakistan: 'B' });
    expect(exact.frustrated.map((t) => `${t.sourceLabel}-${t.targetLabel}`)).toEqual([
      'Russia-Pakistan',
      'Pakistan-United States',
    ]);
    expect(exact.frustrated.every((t) => t.reason === 'positive-across')).toBe(true);
  });

  it('counts one frustrated edge when a balanced graph gets one contrary tie', async () => {
    const g = signedGraphFrom(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['a', 'c', 1],
        ['d', 'e', 1],
        ['a', 'd', -1],
        ['b', 'e', -1],
        ['c', 'e', 1],
      ],
    );
    const r = await milpFrustration(g);
    expect(r.value).toBe(1);
    expect(r.frustrated.map((t) => t.id)).toEqual(['rel:c~e']);
  });

  it('matches max-cut on all-negative complete graphs: K3 -> 1, K4 -> 2, K5 -> 4, K6 -> 6', async () => {
    const expected: Record<number, number> = { 3: 1, 4: 2, 5: 4, 6: 6 };
    for (const [n, value] of Object.entries(expected)) {
      const g = allNegative(Number(n));
      expect((await milpFrustration(g)).value).toBe(value);
      expect(bruteForceFrustration(g).value).toBe(value);
      expect(localSearchFrustration(g).value).toBe(value);
    }
  });

  it('unit weights give the classic line index of balance', () => {
    expect(bruteForceFrustration(unitWeights(rapprochement)).value).toBe(1);
  });

  it('uses brute force for tiny graphs and HiGHS above that', async () => {
    expect((await exactFrustration(allNegative(5))).method).toBe('brute-force');
    // Two hostile blocs of eight, friendly inside, and one friendship across them.
    const ids = Array.from({ length: 16 }, (_, i) => `n${i}`);
    const list: [string, string, 1 | -1][] = [];
    for (let i = 0; i < 16; i++) {
      for (let j = i + 1; j < 16; j++) list.push([ids[i], ids[j], i < 8 === j < 8 ? 1 : -1]);
    }
    list[list.findIndex(([s, t]) => s === 'n0' && t === 'n15')][2] = 1;
    const r = await exactFrustration(signedGraphFrom(ids, list));
    expect(r.method).toBe('milp');
    expect(r.value).toBe(1);
    expect(r.frustrated.map((t) => t.id)).toEqual(['rel:n0~n15']);
  });
});

/** Random signed graph: n actors, each pair an edge with probability p, weights in (0, 1]. */
const graphArb = (maxN: number) =>
  fc
    .record({
      n: fc.integer({ min: 2, max: maxN }),
      seed: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.integer({ min: 1, max: 100 })),
        {
          minLength: 66,
          maxLength: 66,
        },
      ),
      p: fc.double({ min: 0.2, max: 1, noNaN: true }),
    })
    .map(({ n, seed, p }): SignedGraph => {
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const list: [string, string, 1 | -1, number][] = [];
      let k = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const [draw, positive, w] = seed[k++ % seed.length];
          if (draw < p) list.push([ids[i], ids[j], positive ? 1 : -1, w / 100]);
        }
      }
      return signedGraphFrom(ids, list);
    });

describe('exact methods against brute force', () => {
  it('HiGHS on the binary program equals brute force on random graphs up to 10 actors', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb(10), async (g) => {
        const exact = await milpFrustration(g);
        const brute = bruteForceFrustration(g);
        expect(exact.optimal).toBe(true);
        expect(exact.value).toBeCloseTo(brute.value, 9);
        // The camps it reports really achieve the value.
        const side = g.ids.map((id) => (exact.camps[id] === 'A' ? 0 : 1));
        expect(splitCost(g, side).value).toBeCloseTo(exact.value, 12);
      }),
      { numRuns: 60 },
    );
  });

  it('the local-search bound is never below the exact value and is reproducible', () => {
    fc.assert(
      fc.property(graphArb(11), (g) => {
        const bound = localSearchFrustration(g, { restarts: 2 });
        const exact = bruteForceFrustration(g);
        expect(bound.value).toBeGreaterThanOrEqual(exact.value - 1e-12);
        expect(localSearchFrustration(g, { restarts: 2 })).toEqual({ ...bound, millis: expect.any(Number) });
      }),
      { numRuns: 100 },
    );
  });
});

describe('branch and bound without WebAssembly', () => {
  it('equals brute force on random graphs up to 12 actors', () => {
    fc.assert(
      fc.property(graphArb(12), (g) => {
        const bb = branchBoundFrustration(g);
        expect(bb.optimal).toBe(true);
        expect(bb.value).toBeCloseTo(bruteForceFrustration(g).value, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('matches max-cut on all-negative K7 and stands in when HiGHS cannot load', async () => {
    expect(branchBoundFrustration(allNegative(7)).value).toBe(21 - 12);
    const ids = Array.from({ length: 14 }, (_, i) => `n${i}`);
    const list: [string, string, 1 | -1][] = [];
    for (let i = 0; i < 14; i++)
      for (let j = i + 1; j < 14; j++)
        if ((i * 7 + j * 3) % 4 === 0) list.push([ids[i], ids[j], (i + j) % 3 ? 1 : -1]);
    const g = signedGraphFrom(ids, list);
    const failing = () => Promise.reject(new Error('no WebAssembly'));
    const r = await exactFrustration(g, { loadHighs: failing });
    expect(r.method).toBe('branch-and-bound');
    expect(r.optimal).toBe(true);
    expect(r.value).toBe((await milpFrustration(g)).value);
  });
});
