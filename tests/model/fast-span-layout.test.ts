import { describe, expect, it } from 'vitest';
import { fitPoints, indexDataset, layoutSpan, PAIRWISE_UP_TO } from '../../src/model';
import { fastIterations, fastSpanLayout } from '../../src/model/span-layout';
import { syntheticDataset } from '../../src/model/synthetic';

describe('the CLI span layout at any size (issue 21, case 4)', () => {
  it("uses the dataset's own positions when they cover every actor", () => {
    const ds = syntheticDataset({ seed: 1, actors: 30, pairs: 40, events: 60 });
    const positions = Object.fromEntries(
      ds.actors.map((a, i) => [a.id, [i * 10, i % 3] as [number, number]]),
    );
    const index = indexDataset({ ...ds, positions });
    const placed = layoutSpan(index, { width: 1000, height: 500, margin: 50 });
    const expected = fitPoints(
      new Map(ds.actors.map((a, i) => [a.id, { x: i * 10, y: i % 3 }])),
      1000,
      500,
      50,
    );
    expect(placed).toEqual(expected);
  });

  it('above the pairwise size it is the fast layout, every actor placed inside the picture', () => {
    const ds = syntheticDataset({ seed: 2, actors: PAIRWISE_UP_TO + 50, pairs: 600, events: 900 });
    const index = indexDataset(ds);
    const placed = layoutSpan(index, { width: 800, height: 600, margin: 40 });
    expect(placed).toEqual(fitPoints(fastSpanLayout(index), 800, 600, 40));
    expect(placed.size).toBe(ds.actors.length);
    for (const p of placed.values()) {
      expect(p.x).toBeGreaterThanOrEqual(40 - 0.1);
      expect(p.x).toBeLessThanOrEqual(760 + 0.1);
    }
  });

  it('its ForceAtlas2 work is bounded: fewer iterations as actors grow, none from 20,000', () => {
    expect(fastIterations(1000)).toBeLessThanOrEqual(300);
    expect(fastIterations(10_000) * 10_000).toBeLessThanOrEqual(600_000);
    expect(fastIterations(100_000)).toBe(0);
  });
});
