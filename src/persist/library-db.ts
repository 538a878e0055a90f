import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Issue } from '../model';

/** What the library lists for an imported dataset, without loading the dataset itself. */
export interface LibraryEntry {
  id: string;
  name: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** The files it was imported from. */
  files: string[];
  actors: number;
  events: number;
  /** Content fingerprint (share links name the dataset by it); absent on entries saved before it existed. */
  fingerprint?: string;
}

export interface StoredDataset {
  id: string;
  /**
   * The dataset as Entente JSON: storing one string is much cheaper than 200,000 small objects. Imports
   * store it as a Blob the import worker made, so the page never serialises 100 MB for IndexedDB;
   * strings (stored by earlier versions) still open.
   */
  datasetJson: string | Blob;
  warnings: Issue[];
}

interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry };
  datasets: { key: string; value: StoredDataset };
  settings: { key: string; value: string };
}

/** Imported datasets kept across reloads. Entries and payloads are separate so listing stays cheap. */
export interface LibraryDb {
  list(): Promise<LibraryEntry[]>;
  load(id: string): Promise<StoredDataset | undefined>;
  save(entry: LibraryEntry, stored: StoredDataset): Promise<void>;
  remove(id: string): Promise<void>;
  getActive(): Promise<string | undefined>;
  setActive(id: string): Promise<void>;
}

export const LIBRARY_DB_NAME = 'entente-library';

function open(name: string): Promise<IDBPDatabase<LibrarySchema>> {
  return openDB<LibrarySchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('entries', { keyPath: 'id' });
      db.createObjectStore('datasets', { keyPath: 'id' });
      db.createObjectStore('settings');
    },
  });
}

/** IndexedDB-backed library; `indexedDB` is looked up when first used, so tests can swap it. */
export function indexedDbLibrary(name = LIBRARY_DB_NAME): LibraryDb {
  let db: Promise<IDBPDatabase<LibrarySchema>> | null = null;
  const get = () => (db ??= open(name));
  return {
    list: async () =>
      (await (await get()).getAll('entries')).sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
    load: async (id) => (await get()).get('datasets', id),
    save: async (entry, stored) => {
      const tx = (await get()).transaction(['entries', 'datasets'], 'readwrite');
      await Promise.all([
        tx.objectStore('datasets').put(stored),
        tx.objectStore('entries').put(entry),
        tx.done,
      ]);
    },
    remove: async (id) => {
      const tx = (await get()).transaction(['entries', 'datasets'], 'readwrite');
      await Promise.all([
        tx.objectStore('datasets').delete(id),
        tx.objectStore('entries').delete(id),
        tx.done,
      ]);
    },
    getActive: async () => (await get()).get('settings', 'active'),
    setActive: async (id) => {
      await (await get()).put('settings', id, 'active');
    },
  };
}

/** For browsers without IndexedDB (some private modes): the library lasts until the tab closes. */
export function memoryLibrary(): LibraryDb {
  const entries = new Map<string, LibraryEntry>();
  const datasets = new Map<string, StoredDataset>();
  let active: string | undefined;
  return {
    list: async () => [...entries.values()],
    load: async (id) => datasets.get(id),
    save: async (entry, stored) => {
      entries.set(entry.id, entry);
      datasets.set(stored.id, stored);
    },
    remove: async (id) => {
      entries.delete(id);
      datasets.delete(id);
    },
    getActive: async () => active,
    setActive: async (id) => {
      active = id;
    },
  };
}

export function defaultLibraryDb(): LibraryDb {
  return typeof indexedDB === 'undefined' ? memoryLibrary() : indexedDbLibrary();
}
