import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexedDbLibrary, type LibraryEntry } from '../../src/persist/library-db';
import { exportDataset, importFiles } from '../../src/model/import';
import { MINI_JSON, datasetOf } from '../model/import/helpers';

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

const entry = (id: string, importedAt: string): LibraryEntry => ({
  id,
  name: `Data ${id}`,
  importedAt,
  files: ['mini.json'],
  actors: 7,
  events: 9,
});

describe('the IndexedDB library', () => {
  it('keeps a dataset identical across a reload (a new connection)', async () => {
    const datasetJson = exportDataset(datasetOf(importFiles([{ name: 'mini.json', text: MINI_JSON }])));
    const warnings = [{ path: '$.x', message: 'w', severity: 'warning' as const }];
    await indexedDbLibrary().save(entry('a', '2026-01-02T00:00:00Z'), { id: 'a', datasetJson, warnings });
    await indexedDbLibrary().setActive('a');

    const reopened = indexedDbLibrary();
    expect(await reopened.list()).toEqual([entry('a', '2026-01-02T00:00:00Z')]);
    expect(await reopened.load('a')).toEqual({ id: 'a', datasetJson, warnings });
    expect(await reopened.getActive()).toBe('a');
  });

  it('lists oldest first and removes entry and payload together', async () => {
    const db = indexedDbLibrary();
    const datasetJson = exportDataset(datasetOf(importFiles([{ name: 'mini.json', text: MINI_JSON }])));
    await db.save(entry('late', '2026-05-01T00:00:00Z'), { id: 'late', datasetJson, warnings: [] });
    await db.save(entry('early', '2026-01-01T00:00:00Z'), { id: 'early', datasetJson, warnings: [] });
    expect((await db.list()).map((e) => e.id)).toEqual(['early', 'late']);
    await db.remove('early');
    expect((await db.list()).map((e) => e.id)).toEqual(['late']);
    expect(await db.load('early')).toBeUndefined();
  });
});
