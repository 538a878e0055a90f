import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { validateDataset } from '../../src/model/validate';
import { indexDataset } from '../../src/model/time/dataset-index';
import { snapshotAt } from '../../src/model/time/engine';

describe('syntheticDataset', () => {
  const options = { seed: 42, actors: 60, pairs: 150, events: 3000, ties: 12 };

  it('gives the same dataset for the same seed', () => {
    expect(JSON.stringify(syntheticDataset(options))).toBe(JSON.stringify(syntheticDataset(options)));
  });

  it('gives a different dataset for another seed', () => {
    expect(JSON.stringify(syntheticDataset({ ...options, seed: 43 }))).not.toBe(
      JSON.stringify(syntheticDataset(options)),
    );
  });

  it('is a valid dataset with the requested sizes', () => {
    const dataset = syntheticDataset(options);
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
    expect(dataset.actors).toHaveLength(60);
    expect(dataset.events).toHaveLength(3000);
    expect(dataset.ties.length).toBeGreaterThan(0);
    expect(indexDataset(dataset).pairs).toHaveLength(150);
  });

  it('has relations of both signs somewhere in the span', () => {
    const dataset = syntheticDataset(options);
    const signs = new Set(
      ['1960', '1990', '2015'].flatMap((at) => snapshotAt(dataset, at).edges.map((e) => e.sign)),
    );
    expect(signs).toContain(1);
    expect(signs).toContain(-1);
  });

  it('can ask for every possible pair', () => {
    const dataset = syntheticDataset({ seed: 1, actors: 6, pairs: 15, events: 30 });
    expect(indexDataset(dataset).pairs).toHaveLength(15);
  });

  it('refuses more pairs than the actors allow', () => {
    expect(() => syntheticDataset({ seed: 1, actors: 4, pairs: 7, events: 10 })).toThrow(RangeError);
  });
});
