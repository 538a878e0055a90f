import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { opensSavedDataset, storeForFirstDraw } from '../../src/boot/saved-first';
import { indexedDbLibrary, type LibraryDb } from '../../src/persist/library-db';
import { createEntenteStore } from '../../src/store';
import { BUNDLED_DATASET_ID } from '../../src/store/library-slice';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne } from '../model/import/helpers';
import { fakeWindow } from './fake-window';

const bundled = () => datasetOf(importOne('mini.json', MINI_JSON));

/** A session that imported a CSV pair (now the active dataset) and left; returns its fingerprint. */
async function importedLastTime(): Promise<{ id: string; fingerprint: string }> {
  const store = createEntenteStore(bundled());
  const ok = await store.getState().importDatasetFiles([
    { name: 'actors.csv', text: ACTORS_CSV },
    { name: 'events.csv', text: EVENTS_CSV },
  ]);
  expect(ok).toBe(true);
  const { activeDatasetId, library } = store.getState();
  return { id: activeDatasetId, fingerprint: library[0].fingerprint! };
}

/** The page's boot: decides from the address and the library, then builds the store it first renders. */
async function reload(search: string) {
  const drawnFirst: string[] = [];
  const store = await storeForFirstDraw(
    bundled(),
    opensSavedDataset(search, indexedDbLibrary()),
    fakeWindow(search),
  );
  drawnFirst.push(store.getState().datasetName);
  return { store, drawnFirst };
}

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

describe('what a reload draws first', () => {
  it('a bare reload after an import opens the imported dataset before the first render', async () => {
    const saved = await importedLastTime();
    const { store, drawnFirst } = await reload('');
    expect(store.getState().activeDatasetId).toBe(saved.id);
    expect(drawnFirst).toEqual(['actors.csv + events.csv']);
    expect(store.getState().dataset.actors.map((a) => a.id)).toEqual(['russia', 'pakistan']);
  });

  it('a share link naming the saved dataset (ds) opens it before the first render too', async () => {
    const saved = await importedLastTime();
    const { store } = await reload(`?t=2001-01-01&ds=${saved.fingerprint}`);
    expect(store.getState().activeDatasetId).toBe(saved.id);
  });

  it('a share link without ds opens the built-in dataset, whatever was open last time', async () => {
    await importedLastTime();
    expect(await opensSavedDataset('?t=2001-01-01', indexedDbLibrary())).toBe(false);
    const { store, drawnFirst } = await reload('?t=2001-01-01');
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(drawnFirst).toEqual([bundled().meta.name]);
  });

  it('a first visit, the built-in dataset last time, or unreadable storage: no wait for the library', async () => {
    expect(await opensSavedDataset('', indexedDbLibrary())).toBe(false);
    // A first visit answers from the list of databases: it does not create the library to look in it.
    expect(await indexedDB.databases()).toEqual([]);
    const store = createEntenteStore(bundled());
    await store.getState().importDatasetFiles([
      { name: 'actors.csv', text: ACTORS_CSV },
      { name: 'events.csv', text: EVENTS_CSV },
    ]);
    await store.getState().switchDataset(BUNDLED_DATASET_ID);
    expect(await opensSavedDataset('', indexedDbLibrary())).toBe(false);
    const broken: LibraryDb = {
      ...indexedDbLibrary(),
      getActive: () => Promise.reject(new Error('blocked')),
    };
    expect(await opensSavedDataset('', broken)).toBe(false);
  });
});
