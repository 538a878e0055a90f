import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDay } from '../../src/model';
import { createEntenteStore } from '../../src/store';
import { BUNDLED_DATASET_ID } from '../../src/store/library-slice';
import { startUrlSync } from '../../src/store/url-sync';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne } from '../model/import/helpers';
import { fakeWindow } from './fake-window';

const bundled = () => datasetOf(importOne('mini.json', MINI_JSON));
const files = () => [
  { name: 'actors.csv', text: ACTORS_CSV },
  { name: 'events.csv', text: EVENTS_CSV },
];

/** Imports the CSV pair in one "browser" and returns the share link the address bar then holds. */
async function linkMadeOnImport(search = '?t=2003-02-05&node=pakistan'): Promise<string> {
  const store = createEntenteStore(bundled());
  const win = fakeWindow('');
  startUrlSync(store, win, 0);
  await store.getState().importDatasetFiles(files());
  store.getState().setTime(new Date(`${search.slice(3, 13)}T00:00:00Z`).getTime() / 86_400_000);
  store.getState().select({ type: 'node', id: 'pakistan' });
  await vi.waitFor(() => expect(win.location.search).toContain('node=pakistan'));
  return win.location.search;
}

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

describe('a share link names its dataset', () => {
  it('a link made on an imported dataset carries its fingerprint and name; the built-in one carries neither', async () => {
    const link = await linkMadeOnImport();
    const p = new URLSearchParams(link);
    expect(p.get('ds')).toMatch(/^[0-9a-f]{16}$/);
    expect(p.get('dsname')).toBe('actors.csv + events.csv');

    const store = createEntenteStore(bundled());
    const win = fakeWindow('?t=1971-12-03');
    startUrlSync(store, win, 0);
    store.getState().setTime(store.getState().time + 1);
    await vi.waitFor(() => expect(win.location.search).not.toContain('1971-12-03'));
    expect(win.location.search).not.toContain('ds=');
  });

  it('opened where that dataset is saved, the link opens on it, at its date and selection', async () => {
    const link = await linkMadeOnImport();
    // Same browser, after a reload that had switched back to the built-in dataset.
    const before = createEntenteStore(bundled());
    await before.getState().restoreLibrary();
    await before.getState().switchDataset(BUNDLED_DATASET_ID);

    const store = createEntenteStore(bundled());
    startUrlSync(store, fakeWindow(link), 0);
    expect(store.getState().pendingLink).toMatchObject({ name: 'actors.csv + events.csv' });
    await store.getState().restoreLibrary();
    expect(store.getState().activeDatasetId).not.toBe(BUNDLED_DATASET_ID);
    expect(store.getState().pendingLink).toBeNull();
    expect(formatDay(store.getState().time)).toBe('2003-02-05');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'pakistan' });
  });

  it('opened in a browser without it, the link waits, names the dataset, and never applies to another', async () => {
    const link = await linkMadeOnImport();
    vi.stubGlobal('indexedDB', new IDBFactory());
    const store = createEntenteStore(bundled());
    const win = fakeWindow(link);
    startUrlSync(store, win, 0);
    await store.getState().restoreLibrary();
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(store.getState().pendingLink?.name).toBe('actors.csv + events.csv');
    expect(store.getState().selection).toBeNull();
    // The address bar keeps the link (a reload must still find it).
    store.getState().setTime(store.getState().time + 30);
    await new Promise((r) => setTimeout(r, 10));
    expect(win.location.search).toBe(link);

    // Importing the file it was made from opens the link's view on it.
    await store.getState().importDatasetFiles(files());
    expect(store.getState().pendingLink).toBeNull();
    expect(formatDay(store.getState().time)).toBe('2003-02-05');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'pakistan' });
  });

  it('"Open the built-in dataset" applies what of the link fits it, and says what it dropped', async () => {
    const link = (await linkMadeOnImport()).replace('node=pakistan', 'node=nobody-here');
    vi.stubGlobal('indexedDB', new IDBFactory());
    const store = createEntenteStore(bundled());
    startUrlSync(store, fakeWindow(link), 0);
    await store.getState().restoreLibrary();
    await store.getState().openPendingLinkOnBuiltIn();
    expect(store.getState().pendingLink).toBeNull();
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().notices.join(' ')).toMatch(/nobody-here/);
  });

  it('a link made on the built-in dataset does not reopen the last imported one', async () => {
    await linkMadeOnImport();
    const plain = createEntenteStore(bundled());
    startUrlSync(plain, fakeWindow(''), 0);
    await plain.getState().restoreLibrary();
    expect(plain.getState().activeDatasetId).not.toBe(BUNDLED_DATASET_ID);

    const linked = createEntenteStore(bundled());
    startUrlSync(linked, fakeWindow('?t=1971-12-03'), 0);
    await linked.getState().restoreLibrary();
    expect(linked.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(formatDay(linked.getState().time)).toBe('1971-12-03');
  });
});
