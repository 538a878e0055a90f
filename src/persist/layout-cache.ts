import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { PositionsRecord } from '../model/span-layout/positions-field';

/** What is kept per dataset fingerprint (`layoutKey`): the computed layout and the user's drags. */
export interface CachedLayout {
  key: string;
  /** The finished span layout; absent when only drags were saved. */
  positions?: PositionsRecord;
  /** Nodes the user dragged, applied over any layout. */
  moved?: PositionsRecord;
  /** ms since epoch of the last write, for evicting the oldest. */
  savedAt: number;
}

export interface LayoutCache {
  load(key: string): Promise<CachedLayout | undefined>;
  savePositions(key: string, positions: PositionsRecord): Promise<void>;
  saveMoved(key: string, moved: PositionsRecord): Promise<void>;
}

interface LayoutSchema extends DBSchema {
  layouts: { key: string; value: CachedLayout };
}

export const LAYOUT_DB_NAME = 'entente-layouts';
/** Layouts of datasets no longer opened would pile up: only the most recent ones are kept. */
export const MAX_CACHED_LAYOUTS = 12;

/**
 * Positions kept in their own database, keyed by the dataset fingerprint rather than the library id:
 * the bundled dataset and a re-import of the same file share a layout, and a changed dataset misses.
 */
export function indexedDbLayoutCache(name = LAYOUT_DB_NAME, now = Date.now): LayoutCache {
  let db: Promise<IDBPDatabase<LayoutSchema>> | null = null;
  const get = () =>
    (db ??= openDB<LayoutSchema>(name, 1, {
      upgrade(d) {
        d.createObjectStore('layouts', { keyPath: 'key' });
      },
    }));
  const update = async (key: string, change: Partial<CachedLayout>) => {
    const tx = (await get()).transaction('layouts', 'readwrite');
    const store = tx.objectStore('layouts');
    const old = await store.get(key);
    await store.put({ ...old, ...change, key, savedAt: now() });
    const all = await store.getAll();
    if (all.length > MAX_CACHED_LAYOUTS) {
      const oldest = all.sort((a, b) => a.savedAt - b.savedAt).slice(0, all.length - MAX_CACHED_LAYOUTS);
      for (const entry of oldest) await store.delete(entry.key);
    }
    await tx.done;
  };
  return {
    load: async (key) => (await get()).get('layouts', key),
    savePositions: (key, positions) => update(key, { positions }),
    saveMoved: (key, moved) => update(key, { moved }),
  };
}

/** Where IndexedDB is missing: kept for the tab's life. */
export function memoryLayoutCache(): LayoutCache {
  const entries = new Map<string, CachedLayout>();
  const update = async (key: string, change: Partial<CachedLayout>) => {
    entries.set(key, { ...entries.get(key), ...change, key, savedAt: Date.now() });
  };
  return {
    load: async (key) => entries.get(key),
    savePositions: (key, positions) => update(key, { positions }),
    saveMoved: (key, moved) => update(key, { moved }),
  };
}

export function defaultLayoutCache(): LayoutCache {
  return typeof indexedDB === 'undefined' ? memoryLayoutCache() : indexedDbLayoutCache();
}
