import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntenteStore } from '../../src/store';
import { BUNDLED_DATASET_ID } from '../../src/store/library-slice';
import { indexedDbLibrary } from '../../src/persist/library-db';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne } from '../model/import/helpers';

const bundled = () => datasetOf(importOne('mini.json', MINI_JSON));
const goodFiles = () => [
  { name: 'actors.csv', text: ACTORS_CSV },
  { name: 'events.csv', text: EVENTS_CSV },
];

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

describe('the library slice', () => {
  it('a bad file never replaces the current dataset; its issues are kept for the list', async () => {
    const store = createEntenteStore(bundled());
    const before = store.getState().dataset;
    const ok = await store.getState().importDatasetFiles([{ name: 'bad.json', text: '{"meta": ' }]);
    expect(ok).toBe(false);
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(store.getState().importStatus).toMatchObject({ state: 'failed', files: ['bad.json'] });
    expect(store.getState().importStatus.issues[0]).toMatchObject({ file: 'bad.json', line: 1 });
  });

  it('a good import becomes active, is listed, and survives a reload', async () => {
    const store = createEntenteStore(bundled());
    expect(await store.getState().importDatasetFiles(goodFiles())).toBe(true);
    const { dataset, library, activeDatasetId, datasetName } = store.getState();
    expect(dataset.actors.map((a) => a.id)).toEqual(['russia', 'pakistan']);
    expect(library).toEqual([
      expect.objectContaining({
        id: activeDatasetId,
        actors: 2,
        events: 2,
        files: ['actors.csv', 'events.csv'],
      }),
    ]);
    expect(datasetName).toBe('actors.csv + events.csv');

    const reloaded = createEntenteStore(bundled());
    expect(reloaded.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    const opening: (string | null)[] = [];
    reloaded.subscribe((st, prev) => st.opening !== prev.opening && opening.push(st.opening));
    await reloaded.getState().restoreLibrary();
    expect(opening).toEqual(['actors.csv + events.csv', null]);
    expect(reloaded.getState().activeDatasetId).toBe(activeDatasetId);
    expect(reloaded.getState().dataset).toEqual(dataset);
    expect(reloaded.getState().library).toEqual(library);
  });

  it('switching, deleting the active dataset (back to the bundled one) and recovering', async () => {
    const store = createEntenteStore(bundled());
    await store.getState().importDatasetFiles(goodFiles());
    const imported = store.getState().activeDatasetId;
    await store.getState().switchDataset(BUNDLED_DATASET_ID);
    expect(store.getState().dataset.actors).toHaveLength(7);
    await store.getState().switchDataset(imported);
    expect(store.getState().dataset.actors).toHaveLength(2);

    await store.getState().recoverLastGoodDataset();
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);

    await store.getState().deleteDataset(imported);
    expect(store.getState().library).toEqual([]);
    expect(await indexedDbLibrary().list()).toEqual([]);
    expect(await indexedDbLibrary().getActive()).toBe(BUNDLED_DATASET_ID);
  });

  it('a damaged stored dataset is refused on restore, with a notice', async () => {
    const store = createEntenteStore(bundled());
    await store.getState().importDatasetFiles(goodFiles());
    const id = store.getState().activeDatasetId;
    const db = indexedDbLibrary();
    const stored = (await db.load(id))!;
    const entry = (await db.list())[0];
    await db.save(entry, {
      ...stored,
      datasetJson: JSON.stringify({
        ...JSON.parse(await new Response(stored.datasetJson).text()),
        events: [{ bogus: true }],
      }),
    });

    const reloaded = createEntenteStore(bundled());
    await reloaded.getState().restoreLibrary();
    expect(reloaded.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
    expect(reloaded.getState().notices.join(' ')).toMatch(/is damaged .*set aside/);
  });

  it('imports are stored as the Blob the import worker made; datasets stored as text still reopen', async () => {
    const store = createEntenteStore(bundled());
    await store.getState().importDatasetFiles(goodFiles());
    const id = store.getState().activeDatasetId;
    const db = indexedDbLibrary();
    const stored = (await db.load(id))!;
    expect(stored.datasetJson).toBeInstanceOf(Blob);
    const text = await new Response(stored.datasetJson).text();
    await db.save((await db.list())[0], { ...stored, datasetJson: text });

    const reloaded = createEntenteStore(bundled());
    await reloaded.getState().restoreLibrary();
    expect(reloaded.getState().activeDatasetId).toBe(id);
    expect(reloaded.getState().dataset.events.length).toBe(JSON.parse(text).events.length);
  });

  it('without IndexedDB the library still works for the session', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = createEntenteStore(bundled());
    await store.getState().restoreLibrary();
    expect(await store.getState().importDatasetFiles(goodFiles())).toBe(true);
    expect(store.getState().library).toHaveLength(1);
  });
});

describe('a storage quota failure', () => {
  it('keeps the last saved dataset as the one a reload opens', async () => {
    const store = createEntenteStore(bundled());
    expect(await store.getState().importDatasetFiles(goodFiles())).toBe(true);
    const saved = store.getState().activeDatasetId;

    // The next save fails as a full disk does: IndexedDB throws QuotaExceededError from put().
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'datasets')
        throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const bigger = datasetOf(importOne('mini.json', MINI_JSON));
    bigger.meta.name = 'Too big to keep';
    expect(
      await store.getState().importDatasetFiles([{ name: 'big.json', text: JSON.stringify(bigger) }]),
    ).toBe(true);
    spy.mockRestore();
    expect(store.getState().datasetName).toBe('Too big to keep');
    expect(store.getState().notices.join(' ')).toMatch(/could not be saved/);

    const reloaded = createEntenteStore(bundled());
    await reloaded.getState().restoreLibrary();
    expect(reloaded.getState().activeDatasetId).toBe(saved);
    expect(reloaded.getState().datasetName).toBe('actors.csv + events.csv');
  });
});
