import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS, indexDataset, snapshotAt } from '../../src/model';
import { columnParams } from '../../src/model/time/dataset-index';
import { syntheticDataset } from '../../src/model/synthetic';
import { eventTable } from '../../src/model/time/pair-columns';
import { indexDatasetOffThread, OFF_THREAD_MIN_EVENTS } from '../../src/workers/engine-client';
import { prepareIndex, transferables } from '../../src/workers/engine-task';

const big = syntheticDataset({
  seed: 3,
  actors: 80,
  pairs: 400,
  events: OFF_THREAD_MIN_EVENTS + 1000,
  ties: 20,
});

describe('indexDatasetOffThread', () => {
  it('gives the same snapshots as indexing in this thread', async () => {
    // What the worker does, after a structured clone like postMessage makes.
    const remote = vi.fn((table, lambda) => Promise.resolve(prepareIndex(structuredClone(table), lambda)));
    const off = await indexDatasetOffThread(big, { halfLifeYears: 3 }, remote);
    const here = indexDataset(big, { halfLifeYears: 3 });
    expect(remote).toHaveBeenCalledOnce();
    expect(off.pairs.map((p) => p.key)).toEqual(here.pairs.map((p) => p.key));
    for (const at of ['1950-06', '1971-12-03', '1999', '2019-12-31'])
      expect(snapshotAt(off, at)).toEqual(snapshotAt(here, at));
    expect(snapshotAt(off, '1990', { windowFrom: '1980' })).toEqual(
      snapshotAt(here, '1990', { windowFrom: '1980' }),
    );
  });

  it('indexes in this thread when the worker fails', async () => {
    const off = await indexDatasetOffThread(big, {}, () => Promise.reject(new Error('blocked')));
    expect(snapshotAt(off, '1985')).toEqual(snapshotAt(indexDataset(big), '1985'));
  });

  it('does not bother a worker for small datasets', async () => {
    const remote = vi.fn();
    const small = syntheticDataset({ seed: 1, actors: 10, pairs: 20, events: 200 });
    await indexDatasetOffThread(small, {}, remote);
    expect(remote).not.toHaveBeenCalled();
  });

  it('hands every result buffer over instead of copying it', () => {
    const slot = new Map(big.actors.map((a, i) => [a.id, i]));
    const prepared = prepareIndex(
      eventTable(big, slot, big.actors.length),
      columnParams(DEFAULT_ENGINE_OPTIONS),
    );
    const buffers = transferables(prepared);
    expect(buffers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});
