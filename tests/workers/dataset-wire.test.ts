import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { datasetFromWire, datasetToWire } from '../../src/workers/dataset-wire';
import { datasetArb } from '../model/arbitraries';

describe('a dataset crossing from the import worker to the page', () => {
  it('comes back equal, and its stored JSON is the same dataset', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, fc.integer({ min: 1, max: 7 }), async (dataset, perSlice) => {
        const wire = datasetToWire(dataset, perSlice);
        // The old path was one JSON.parse of the whole text: the same values (-0 turns 0 in both).
        const viaJson = JSON.parse(JSON.stringify(dataset)) as unknown;
        expect(await datasetFromWire(wire, async () => {})).toEqual(viaJson);
        expect(JSON.parse(wire.json)).toEqual(viaJson);
      }),
      { numRuns: 60 },
    );
  });

  it('is parsed one slice per turn of the event loop, so no task parses every event', async () => {
    const dataset = syntheticDataset({ seed: 3, actors: 40, pairs: 200, events: 2_500 });
    const wire = datasetToWire(dataset, 1_000);
    expect(wire.spans).toHaveLength(3);
    let pauses = 0;
    const back = await datasetFromWire(wire, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(3);
    expect(back.events).toHaveLength(2_500);
    expect(back.events[1_999]).toEqual(dataset.events[1_999]);
  });

  it('keeps a dataset without events whole', async () => {
    const dataset = syntheticDataset({ seed: 4, actors: 3, pairs: 1, events: 0 });
    const wire = datasetToWire(dataset);
    expect(wire.spans).toEqual([]);
    expect(await datasetFromWire(wire)).toEqual(dataset);
  });
});
