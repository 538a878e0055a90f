import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Snapshot, indexDataset, loadDatasetText } from '../../../src/model';
import { balanceSeries, exactSeries, nodeMetrics, sampleDays } from '../../../src/model/analytics';

describe('node metrics', () => {
  it('counts degree and weighted positive and negative strength from relations only', () => {
    const snapshot: Snapshot = {
      at: '2000-01-01',
      nodes: ['a', 'b', 'c'].map((id) => ({ id, label: id, kind: 'country' as const })),
      edges: [
        { id: 'rel:a~b', source: 'a', target: 'b', kind: 'relation', sign: 1, weight: 0.5, score: 8 },
        { id: 'rel:a~c', source: 'a', target: 'c', kind: 'relation', sign: -1, weight: 0.25, score: -3 },
        { id: 'rel:b~c', source: 'b', target: 'c', kind: 'relation', sign: 0, weight: 0.1, score: 0.5 },
        { id: 'tie:t', source: 'a', target: 'b', kind: 'alliance', sign: 1, weight: 1, score: 1, tie: 't' },
      ],
    };
    const a = nodeMetrics(snapshot).find((m) => m.id === 'a')!;
    expect(a).toMatchObject({ degree: 2, positive: 1, negative: 1, neutral: 0 });
    expect(a.positiveStrength).toBe(0.5);
    expect(a.negativeStrength).toBe(0.25);
    expect(a.netStrength).toBe(0.25);
    expect(nodeMetrics(snapshot).find((m) => m.id === 'c')).toMatchObject({
      degree: 2,
      neutral: 1,
      negative: 1,
    });
  });
});

describe('balance and frustration over the whole span', () => {
  const loaded = loadDatasetText(readFileSync('tests/fixtures/mini.json', 'utf8'));
  if (!loaded.ok) throw new Error('fixture invalid');
  const index = indexDataset(loaded.dataset, { halfLifeYears: 5 });

  it('samples yearly from the first to the last day of the span', () => {
    const days = sampleDays({ start: 0, end: 800 }, 'year');
    expect(days).toEqual([0, 365, 730, 800]);
  });

  it('computes one sample per step, caches it, and the exact series never exceeds the bound', async () => {
    const local = balanceSeries(index, 'year');
    expect(local.length).toBe(sampleDays(index.span, 'year').length);
    expect(balanceSeries(index, 'year')).toBe(local);
    const exact = await exactSeries(index, 'year');
    expect(exact.every((s) => s.optimal)).toBe(true);
    exact.forEach((s, i) => expect(local[i].frustration).toBeGreaterThanOrEqual(s.frustration - 1e-12));
    for (const s of exact) {
      expect(s.balance).toBeGreaterThanOrEqual(0);
      expect(s.balance).toBeLessThanOrEqual(1);
    }
  });
});
