import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexedDbLayoutCache, MAX_CACHED_LAYOUTS } from '../../src/persist/layout-cache';
import { indexDataset, layoutKey } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

describe('the layout cache', () => {
  it('gives back the positions and drags of a dataset after a reload (a new connection)', async () => {
    await indexedDbLayoutCache().savePositions('k1', { pak: [10, -20], rus: [300, 4] });
    await indexedDbLayoutCache().saveMoved('k1', { pak: [12, -18] });
    const entry = await indexedDbLayoutCache().load('k1');
    expect(entry?.positions).toEqual({ pak: [10, -20], rus: [300, 4] });
    expect(entry?.moved).toEqual({ pak: [12, -18] });
  });

  it('misses for another dataset', async () => {
    await indexedDbLayoutCache().savePositions('k1', { pak: [1, 2] });
    expect(await indexedDbLayoutCache().load('k2')).toBeUndefined();
  });

  it('keeps only the most recently used layouts', async () => {
    let clock = 0;
    const cache = indexedDbLayoutCache(undefined, () => ++clock);
    for (let i = 0; i < MAX_CACHED_LAYOUTS + 3; i++) await cache.savePositions(`k${i}`, { a: [i, i] });
    expect(await cache.load('k0')).toBeUndefined();
    expect(await cache.load('k2')).toBeUndefined();
    expect((await cache.load(`k${MAX_CACHED_LAYOUTS + 2}`))?.positions).toEqual({
      a: [MAX_CACHED_LAYOUTS + 2, MAX_CACHED_LAYOUTS + 2],
    });
  });
});

describe('the layout key (what cached positions are stored under)', () => {
  const base = () => syntheticDataset({ seed: 5, actors: 30, pairs: 60, events: 300 });

  it('is the same for the same actors, ties and pairs, whatever the engine options', () => {
    expect(layoutKey(indexDataset(base()))).toBe(layoutKey(indexDataset(base(), { halfLifeYears: 9 })));
  });

  it('changes when an actor, a tie or a pair’s events change, so a stale layout is ignored', () => {
    const key = layoutKey(indexDataset(base()));
    const more = base();
    more.actors.push({ id: 'newcomer', kind: 'country', labels: [{ label: 'Newcomer' }], aliases: [] });
    const noTie = base();
    noTie.ties = noTie.ties.slice(1);
    const lessEvents = base();
    lessEvents.events = lessEvents.events.slice(1);
    for (const changed of [more, noTie, lessEvents]) expect(layoutKey(indexDataset(changed))).not.toBe(key);
  });
});
