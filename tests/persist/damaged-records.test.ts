import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntenteStore } from '../../src/store';
import { BUNDLED_DATASET_ID } from '../../src/store/library-slice';
import { indexedDbLibrary, LIBRARY_DB_NAME } from '../../src/persist/library-db';
import { indexedDbLayoutCache, LAYOUT_DB_NAME } from '../../src/persist/layout-cache';
import { resetLocalData } from '../../src/persist/reset';
import { DAMAGED_ENTRY } from '../fixtures/damaged-entry';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne } from '../model/import/helpers';

const bundled = () => datasetOf(importOne('mini.json', MINI_JSON));
const goodFiles = () => [
  { name: 'actors.csv', text: ACTORS_CSV },
  { name: 'events.csv', text: EVENTS_CSV },
];

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

/** Writes a record behind the app's back, as a browser extension or a hand edit in devtools would. */
async function tamper(store: 'entries' | 'datasets' | 'settings', value: unknown, key?: string) {
  const db = await openDB(LIBRARY_DB_NAME);
  await (key === undefined ? db.put(store, value) : db.put(store, value, key));
  db.close();
}

/** One good saved dataset, as an import leaves it; returns its id. */
async function importGood(): Promise<string> {
  const store = createEntenteStore(bundled());
  await store.getState().restoreLibrary();
  await store.getState().importDatasetFiles(goodFiles());
  return store.getState().activeDatasetId;
}

async function reload() {
  const store = createEntenteStore(bundled());
  await store.getState().restoreLibrary();
  return store;
}

describe('damaged records in IndexedDB never brick the app (issue 21, cases 1 and 6)', () => {
  it('an entry whose name is an object (the record from the issue) is set aside and named', async () => {
    const good = await importGood();
    const evil = DAMAGED_ENTRY;
    await tamper('entries', evil);
    const store = await reload();
    const s = store.getState();
    expect(s.library.map((e) => e.id)).toEqual([good]);
    expect(s.library.every((e) => typeof e.name === 'string')).toBe(true);
    expect(s.activeDatasetId).toBe(good);
    expect(s.quarantined).toEqual([
      expect.objectContaining({
        store: 'entries',
        key: 'z',
        label: 'z',
        reason: expect.stringMatching(/^name:/),
      }),
    ]);
    expect(s.notices.join(' ')).toMatch(/"z" is damaged \(name: .*\); it was set aside/);

    await s.deleteDamaged(s.quarantined[0]);
    expect(store.getState().quarantined).toEqual([]);
    expect((await indexedDbLibrary().scan()).damaged).toEqual([]);
    expect((await reload()).getState().quarantined).toEqual([]);
  });

  it('entries that are not objects, or sit under another key, are set aside too', async () => {
    await importGood();
    await tamper('entries', {
      id: 'moved',
      name: 'Moved',
      importedAt: 'x',
      files: [],
      actors: 1,
      events: 1,
    }).catch(() => undefined);
    const db = await openDB(LIBRARY_DB_NAME);
    // keyPath 'id' stores under the id; a record whose id is a number is a key the app never writes.
    await db.put('entries', { id: 7, name: 'Seven', importedAt: 'x', files: [], actors: 1, events: 1 });
    db.close();
    const s = (await reload()).getState();
    expect(s.quarantined.map((r) => r.label)).toEqual(['Seven']);
    expect(s.library.map((e) => e.name)).toContain('Moved');
  });

  it('a damaged saved dataset is named, set aside and can be deleted though it is not on screen', async () => {
    const id = await importGood();
    await tamper('datasets', { id, datasetJson: 42, warnings: [] });
    const store = await reload();
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(store.getState().quarantined).toEqual([
      expect.objectContaining({ store: 'datasets', key: id, label: 'actors.csv + events.csv' }),
    ]);
    expect(store.getState().notices.join(' ')).toMatch(/"actors.csv \+ events.csv" is damaged/);

    await store.getState().deleteDamaged(store.getState().quarantined[0]);
    expect(store.getState().library).toEqual([]);
    expect(await indexedDbLibrary().list()).toEqual([]);
  });

  it('a saved dataset whose JSON no longer validates, or is missing, is set aside', async () => {
    const id = await importGood();
    await tamper('datasets', { id, datasetJson: '{"meta": {"name": 5}}', warnings: [] });
    const s = (await reload()).getState();
    expect(s.quarantined[0]).toMatchObject({ key: id, reason: expect.stringMatching(/no longer passes/) });

    const db = await openDB(LIBRARY_DB_NAME);
    await db.delete('datasets', id);
    db.close();
    // The failed restore forgot it as the open dataset; choosing it in the switcher tries again.
    const store = await reload();
    expect(await store.getState().switchDataset(id)).toBe(false);
    expect(store.getState().quarantined[0]).toMatchObject({
      key: id,
      reason: 'its data is missing from storage',
    });
  });

  it('damaged warnings are dropped and the dataset kept', async () => {
    const id = await importGood();
    const stored = (await indexedDbLibrary().load(id))!;
    await tamper('datasets', { ...stored, warnings: [{ message: { evil: 1 } }] });
    const s = (await reload()).getState();
    expect(s.activeDatasetId).toBe(id);
    expect(s.quarantined).toEqual([]);
  });

  it('a remembered dataset id that is not text is ignored', async () => {
    await importGood();
    await tamper('settings', { evil: 1 }, 'active');
    const s = (await reload()).getState();
    expect(s.activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(s.library).toHaveLength(1);
  });

  it('a damaged cached layout is a miss, and the next save replaces it', async () => {
    await indexedDbLayoutCache().savePositions('k', { a: [1, 2] });
    const db = await openDB(LAYOUT_DB_NAME);
    await db.put('layouts', { key: 'k', positions: { a: ['x', null] }, savedAt: 'soon' });
    db.close();
    expect(await indexedDbLayoutCache().load('k')).toBeUndefined();
    await indexedDbLayoutCache().saveMoved('k', { a: [3, 4] });
    expect((await indexedDbLayoutCache().load('k'))?.moved).toEqual({ a: [3, 4] });
  });

  it('"Reset local data" removes what is damaged and keeps the readable datasets', async () => {
    const good = await importGood();
    await tamper('entries', {
      id: 'z',
      name: { evil: 1 },
      importedAt: '2020',
      files: [],
      actors: 1,
      events: 1,
    });
    await tamper('settings', { evil: 1 }, 'active');
    await indexedDbLayoutCache().savePositions('k', { a: [1, 2] });
    expect(await resetLocalData()).toEqual({ kept: 1, removed: 1 });
    const s = (await reload()).getState();
    expect(s.quarantined).toEqual([]);
    expect(s.library.map((e) => e.id)).toEqual([good]);
    expect(await indexedDbLayoutCache().load('k')).toBeUndefined();
  });
});
