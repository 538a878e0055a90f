import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Issue } from '../model';
import {
  checkLibraryEntry,
  checkStoredDataset,
  checkStoredWarnings,
  type DamagedRecord,
  keyText,
  recordLabel,
} from './records';

export type { DamagedRecord } from './records';

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

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry };
  datasets: { key: string; value: StoredDataset };
  settings: { key: string; value: string };
}

/** The library as read: entries that passed their check, and the records that did not. */
export interface LibraryListing {
  entries: LibraryEntry[];
  damaged: DamagedRecord[];
}

/** A stored dataset as read: the record, or why it cannot be used. */
export type LoadedDataset = { ok: true; stored: StoredDataset } | { ok: false; reason: string };

/**
 * Imported datasets kept across reloads. Entries and payloads are separate so listing stays cheap.
 * Every record is checked on read (src/persist/records.ts): a damaged one is reported, never returned.
 */
export interface LibraryDb {
  scan(): Promise<LibraryListing>;
  list(): Promise<LibraryEntry[]>;
  load(id: string): Promise<StoredDataset | undefined>;
  read(id: string): Promise<LoadedDataset>;
  save(entry: LibraryEntry, stored: StoredDataset): Promise<void>;
  /** Removes an entry and its dataset; the key may be any key a damaged record was stored under. */
  remove(id: IDBValidKey): Promise<void>;
  getActive(): Promise<string | undefined>;
  setActive(id: string): Promise<void>;
  /**
   * False only when there is certainly no library yet (a first visit), found without creating one:
   * the page then opens without waiting for the library's several storage round trips.
   */
  mayExist(): Promise<boolean>;
}

/** `list` and `load` follow from `scan` and `read` the same way in every store. */
function withListAndLoad(core: Omit<LibraryDb, 'list' | 'load'>): LibraryDb {
  return {
    ...core,
    list: async () => (await core.scan()).entries,
    load: async (id) => {
      const r = await core.read(id);
      return r.ok ? r.stored : undefined;
    },
  };
}

/** Checks listed entries; sorted oldest first. */
export function checkEntries(rows: readonly { key: IDBValidKey; value: unknown }[]): LibraryListing {
  const entries: LibraryEntry[] = [];
  const damaged: DamagedRecord[] = [];
  for (const { key, value } of rows) {
    const parsed = checkLibraryEntry(value);
    if (parsed.ok && parsed.value.id === key) entries.push(parsed.value);
    else
      damaged.push({
        store: 'entries',
        key,
        label: recordLabel(value, key),
        reason: parsed.ok ? 'its id does not match its key' : parsed.problem,
      });
  }
  entries.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  return { entries, damaged };
}

/** Checks a stored dataset record; damaged warnings are dropped rather than losing the dataset. */
export function checkStored(value: unknown, id: string): LoadedDataset {
  if (value === undefined) return { ok: false, reason: 'its data is missing from storage' };
  const parsed = checkStoredDataset(value);
  if (!parsed.ok) return { ok: false, reason: parsed.problem };
  if (parsed.value.id !== id) return { ok: false, reason: `it is stored under "${keyText(id)}"` };
  const warnings = checkStoredWarnings(parsed.value.warnings);
  return {
    ok: true,
    stored: {
      id,
      datasetJson: parsed.value.datasetJson,
      warnings: warnings.ok ? (warnings.value as Issue[]) : [],
    },
  };
}

const activeOf = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? value : undefined);

export const LIBRARY_DB_NAME = 'entente-library';

export function openLibraryDb(name: string): Promise<IDBPDatabase<LibrarySchema>> {
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
  const get = () => (db ??= openLibraryDb(name));
  const scan = async () => {
    const db = await get();
    const tx = db.transaction('entries');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    for (let c = await tx.store.openCursor(); c; c = await c.continue())
      rows.push({ key: c.key, value: c.value as unknown });
    await tx.done;
    return checkEntries(rows);
  };
  const read = async (id: string) => checkStored(await (await get()).get('datasets', id), id);
  return withListAndLoad({
    scan,
    read,
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
        tx.objectStore('datasets').delete(id as string),
        tx.objectStore('entries').delete(id as string),
        tx.done,
      ]);
    },
    mayExist: async () => {
      // Browsers without databases() (older Firefox) just take the full look.
      if (db || typeof indexedDB.databases !== 'function') return true;
      return (await indexedDB.databases()).some((d) => d.name === name);
    },
    getActive: async () => activeOf(await (await get()).get('settings', 'active')),
    setActive: async (id) => {
      await (await get()).put('settings', id, 'active');
    },
  });
}

/** For browsers without IndexedDB (some private modes): the library lasts until the tab closes. */
export function memoryLibrary(): LibraryDb {
  const entries = new Map<string, LibraryEntry>();
  const datasets = new Map<string, StoredDataset>();
  let active: string | undefined;
  const scan = async () =>
    checkEntries([...entries.entries()].map(([key, value]) => ({ key, value: value as unknown })));
  const read = async (id: string) => checkStored(datasets.get(id), id);
  return withListAndLoad({
    scan,
    read,
    save: async (entry, stored) => {
      entries.set(entry.id, entry);
      datasets.set(stored.id, stored);
    },
    remove: async (id) => {
      entries.delete(id as string);
      datasets.delete(id as string);
    },
    mayExist: async () => entries.size > 0 || active !== undefined,
    getActive: async () => active,
    setActive: async (id) => {
      active = id;
    },
  });
}

export function defaultLibraryDb(): LibraryDb {
  return typeof indexedDB === 'undefined' ? memoryLibrary() : indexedDbLibrary();
}
