import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { explainEdge, indexDataset, pairKey, pairScoreAt, snapshotAt, toDay } from '../../../src/model';
import { datasetArb, dayArb } from '../arbitraries';
import { loadFixture } from '../fixture';

const mini = loadFixture();

describe('snapshotAt on the fixture', () => {
  test('labels follow time: the same actor is the Soviet Union in 1971 and Russia in 2003', () => {
    const label = (at: string) => snapshotAt(mini, at).nodes.find((n) => n.id === 'russia')?.label;
    expect(label('1971-12-10')).toBe('Soviet Union');
    expect(label('1991-12-25')).toBe('Soviet Union');
    expect(label('1991-12-26')).toBe('Russia');
    expect(label('2003-03-01')).toBe('Russia');
  });

  test('actors exist only within their interval', () => {
    const ids = (at: string) => snapshotAt(mini, at).nodes.map((n) => n.id);
    expect(ids('1950')).not.toContain('seato');
    expect(ids('1960')).toContain('seato');
    expect(ids('1980')).not.toContain('seato');
    expect(ids('1990')).not.toContain('taliban');
  });

  test('the 1971 war makes India-Pakistan hostile and the treaty makes India-USSR friendly', () => {
    const snap = snapshotAt(mini, '1971-12-10');
    const rel = (a: string, b: string) => snap.edges.find((e) => e.id === `rel:${pairKey(a, b)}`);
    expect(rel('india', 'pakistan')?.sign).toBe(-1);
    expect(rel('india', 'russia')?.sign).toBe(1);
    const war = snap.edges.find((e) => e.kind === 'war');
    expect(war).toMatchObject({ source: 'india', target: 'pakistan', sign: -1 });
  });

  test('ties are active only inside their interval', () => {
    const kinds = (at: string) =>
      snapshotAt(mini, at)
        .edges.filter((e) => e.kind !== 'relation')
        .map((e) => e.tie);
    expect(kinds('1960')).toContain('tie-pak-seato');
    expect(kinds('1971-11-30')).not.toContain('tie-war-1971');
    expect(kinds('2000')).toContain('tie-musharraf');
  });

  test('explainEdge lists the events behind a relation and their contributions sum to its score', () => {
    const snap = snapshotAt(mini, '2003-06-01');
    const edge = snap.edges.find((e) => e.id === `rel:${pairKey('pakistan', 'russia')}`)!;
    const why = explainEdge(mini, 'russia', 'pakistan', '2003-06-01');
    expect(why.contributions.map((c) => c.event.id)).toEqual([
      'ev-1960-u2',
      'ev-1979-afghan',
      'ev-1999-accuse',
      'ev-2003-visit',
      'ev-2003-agree',
    ]);
    expect(why.score).toBeCloseTo(edge.score, 9);
    expect(edge.sign).toBe(1);
  });

  test('a war in force sets the baseline the tone is shrunk toward, and explainEdge lists its share', () => {
    const { kappa } = indexDataset(mini).options;
    const during = explainEdge(mini, 'india', 'pakistan', '1971-12-10');
    expect(during.baseline).toBe(-8);
    expect(during.standing.map((s) => [s.tie.id, s.counts])).toEqual([['tie-war-1971', true]]);
    expect(during.standing[0].contribution).toBeCloseTo((kappa * -8) / (during.evidence + kappa), 12);
    const edge = snapshotAt(mini, '1971-12-10').edges.find((e) => e.id === 'rel:india~pakistan')!;
    expect(edge.score).toBeCloseTo(during.score, 9);
    expect(during.score).toBeCloseTo(during.contributions[0].contribution + during.baselineShare, 9);
    const after = explainEdge(mini, 'india', 'pakistan', '1972-01-10');
    expect(after.standing).toEqual([]);
    expect(after.baseline).toBe(0);
    expect(
      snapshotAt(indexDataset(mini, { standing: {} }), '1971-12-10').edges.find((e) => e.id === edge.id)!
        .score,
    ).toBeCloseTo(during.contributions[0].contribution, 9);
  });

  test('window mode takes the undecayed weighted mean of the events inside the window', () => {
    const { kappa } = indexDataset(mini).options;
    const snap = snapshotAt(mini, '2003-12-31', { windowFrom: '2003-01-01' });
    const edge = snap.edges.find((e) => e.id === `rel:${pairKey('pakistan', 'russia')}`)!;
    // A visit (+1.9) and an agreement (+8) from two passages: two episodes of weight 1 each.
    expect(edge.score).toBeCloseTo((1.9 + 8) / (2 + kappa), 9);
    expect(edge.evidence).toBeCloseTo(2, 9);
    expect(edge.events).toBe(2);
    expect(snap.window).toEqual({ from: '2003-01-01', to: '2003-12-31' });
  });
});

describe('engine properties', () => {
  test('the same dataset and time give the same snapshot', () => {
    fc.assert(
      fc.property(datasetArb, dayArb, (ds, t) => {
        expect(snapshotAt(indexDataset(ds), t)).toEqual(snapshotAt(indexDataset(structuredClone(ds)), t));
      }),
    );
  });

  test('signs are -1, 0 or +1, weights lie in [0, 1] and agree with the score', () => {
    fc.assert(
      fc.property(datasetArb, dayArb, (ds, t) => {
        const idx = indexDataset(ds);
        for (const e of snapshotAt(idx, t).edges) {
          expect([-1, 0, 1]).toContain(e.sign);
          expect(e.weight).toBeGreaterThanOrEqual(0);
          expect(e.weight).toBeLessThanOrEqual(1);
          if (e.sign !== 0) expect(Math.sign(e.score)).toBe(e.sign);
          if (Math.abs(e.score) <= idx.options.neutralBand) expect(e.sign).toBe(0);
        }
      }),
    );
  });

  test('a pair with no events up to t has no relation edge', () => {
    fc.assert(
      fc.property(datasetArb, dayArb, (ds, t) => {
        const pairsWithEvents = new Set(
          ds.events.filter((e) => toDay(e.date, 'start') <= t).map((e) => pairKey(e.source, e.target)),
        );
        for (const e of snapshotAt(ds, t).edges) {
          if (e.kind === 'relation') expect(pairsWithEvents.has(pairKey(e.source, e.target))).toBe(true);
        }
      }),
    );
  });

  test('between events a score decays monotonically toward 0 and never changes sign', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 1, max: 4000 }), (ds, gap) => {
        const idx = indexDataset(ds);
        for (const pair of idx.pairs) {
          const last = pair.days[pair.days.length - 1];
          const s0 = pairScoreAt(idx, pair, last).score;
          const s1 = pairScoreAt(idx, pair, last + gap).score;
          const s2 = pairScoreAt(idx, pair, last + 2 * gap).score;
          expect(Math.abs(s1)).toBeLessThanOrEqual(Math.abs(s0) + 1e-12);
          expect(Math.abs(s2)).toBeLessThanOrEqual(Math.abs(s1) + 1e-12);
          if (s0 !== 0) expect(Math.sign(s2) === Math.sign(s0) || s2 === 0).toBe(true);
        }
      }),
    );
  });

  test('pairScoreAt (binary search) and the time grid agree on every pair at any day', () => {
    fc.assert(
      fc.property(datasetArb, dayArb, (ds, t) => {
        const idx = indexDataset(ds);
        const edges = new Map(snapshotAt(idx, t).edges.map((e) => [e.id, e]));
        for (const pair of idx.pairs) {
          const edge = edges.get(pair.edgeId);
          if (edge) expect(pairScoreAt(idx, pair, t).score).toBeCloseTo(edge.score, 9);
        }
      }),
    );
  });
});
