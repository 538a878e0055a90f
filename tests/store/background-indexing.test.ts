import { describe, expect, test } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { createEntenteStore, selectIndex } from '../../src/store';
import { OFF_THREAD_MIN_EVENTS } from '../../src/workers/engine-client';
import { loadFixture } from '../model/fixture';

const large = (seed: number, events = OFF_THREAD_MIN_EVENTS + 5000) =>
  syntheticDataset({ seed, actors: 60, pairs: 400, events });

describe('large datasets index in the background', () => {
  test('the last good data stays in use until the new index is ready, with a busy label', async () => {
    const store = createEntenteStore(loadFixture());
    const before = store.getState().index;
    const dataset = large(1);
    const done = store.getState().setDataset(dataset, 'Big');
    expect(store.getState().index).toBe(before);
    expect(store.getState().indexing).toBe('Indexing 55,000 events…');
    expect(await done).toBe(true);
    expect(store.getState().dataset).toBe(dataset);
    expect(store.getState().datasetName).toBe('Big');
    expect(store.getState().indexing).toBeNull();
    expect(selectIndex(store.getState())).toBe(store.getState().index);
  });

  test('only the latest request lands when two overlap', async () => {
    const store = createEntenteStore(loadFixture());
    const first = store.getState().setDataset(large(2), 'First');
    const second = store.getState().setDataset(large(3), 'Second');
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(store.getState().datasetName).toBe('Second');
  });

  test('a category filter re-indexes in the background and keeps the last view meanwhile', async () => {
    const store = createEntenteStore(loadFixture());
    // Large enough that the events kept by the filter are still indexed off the main thread.
    await store.getState().setDataset(large(4, 2 * OFF_THREAD_MIN_EVENTS), 'Big');
    const full = store.getState().index;
    store.getState().setFilters({
      categories: { ...store.getState().filters.categories, 'material-conflict': false },
    });
    expect(selectIndex(store.getState())).toBe(full);
    expect(store.getState().indexing).not.toBeNull();
    await new Promise<void>((resolve) => {
      const stop = store.subscribe((s) => {
        if (s.indexing === null) {
          stop();
          resolve();
        }
      });
    });
    const view = selectIndex(store.getState());
    expect(view).not.toBe(full);
    expect(view.dataset.events.length).toBeLessThan(full.dataset.events.length);
    expect(view.dataset.events.every((e) => !e.cameo || !/^(1[5-9]|20)/.test(e.cameo))).toBe(true);
  });
});
