import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntenteStore } from '../../src/store';
import { BUNDLED_DATASET_ID } from '../../src/store/library-slice';
import { startUrlSync } from '../../src/store/url-sync';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne } from '../model/import/helpers';
import { fakeWindow } from './fake-window';

const bundled = () => datasetOf(importOne('mini.json', MINI_JSON));

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

/** Imports the CSV pair and gives the share link of the page. */
async function linkOfImport(): Promise<{ link: string; id: string }> {
  const store = createEntenteStore(bundled());
  const win = fakeWindow('');
  startUrlSync(store, win, 0);
  await store.getState().importDatasetFiles([
    { name: 'actors.csv', text: ACTORS_CSV },
    { name: 'events.csv', text: EVENTS_CSV },
  ]);
  store.getState().select({ type: 'node', id: 'pakistan' });
  await vi.waitFor(() => expect(win.location.search).toContain('ds='));
  return { link: win.location.search, id: store.getState().activeDatasetId };
}

describe('a share link while the saved datasets are read (issue 21, case 2)', () => {
  it('never says "not in this browser" while the dataset it names is being opened', async () => {
    const { link, id } = await linkOfImport();
    const store = createEntenteStore(bundled());
    startUrlSync(store, fakeWindow(link), 0);
    // What the notice reads: it shows only when the library is ready and a link is still pending.
    const falseNotice: boolean[] = [];
    store.subscribe((s) => falseNotice.push(s.libraryReady && s.pendingLink !== null));
    await store.getState().restoreLibrary();
    expect(falseNotice).not.toContain(true);
    expect(store.getState().activeDatasetId).toBe(id);
    expect(store.getState().pendingLink).toBeNull();
  });

  it('"Open the built-in dataset" opens the built-in dataset even if a slower open was under way', async () => {
    const { link } = await linkOfImport();
    const store = createEntenteStore(bundled());
    startUrlSync(store, fakeWindow(link), 0);
    // The user's click lands while the linked dataset is still being checked.
    let click: Promise<boolean> | null = null;
    let clicked = false;
    const stop = store.subscribe((s) => {
      if (s.opening === null || clicked) return;
      clicked = true;
      click = s.switchDataset(BUNDLED_DATASET_ID);
    });
    await store.getState().restoreLibrary();
    stop();
    expect(click).not.toBeNull();
    await click;
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(store.getState().dataset.actors).toHaveLength(7);
  });
});
