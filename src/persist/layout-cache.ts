import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { PositionsRecord } from '../model/span-layout/positions-field';
import { checkCachedLayoutRecord } from './records';

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
function openLayoutDb(name: string): Promise<IDBPDatabase<LayoutSchema>> {
  return openDB<LayoutSchema>(name, 1, {
    upgrade(d) {
      d.createObjectStore('layouts', { keyPath: 'key' });
    },
  });
}

/**
 * A cached layout as read, checked: a damaged one is a miss (the layout is computed again and the
 * record overwritten), never positions with NaN or strings in them.
 */
export function checkCachedLayout(value: unknown, key: string): CachedLayout | undefined {
  const parsed = checkCachedLayoutRecord(value);
  return parsed.ok && parsed.value.key === key ? (parsed.value as unknown as CachedLayout) : undefined;
}

/** Empties the cache (the "Reset local data" way out); positions are computed again when needed. */
export async function clearLayoutCache(name = LAYOUT_DB_NAME): Promise<void> {
  const db = await openLayoutDb(name);
  await db.clear('layouts');
  db.close();
}

export function indexedDbLayoutCache(name = LAYOUT_DB_NAME, now = Date.now): LayoutCache {
  let db: Promise<IDBPDatabase<LayoutSchema>> | null = null;
  const get = () => (db ??= openLayoutDb(name));
  const update = async (key: string, change: Partial<CachedLayout>) => {
    const tx = (await get()).transaction('layouts', 'readwrite');
    const store = tx.objectStore('layouts');
    const old = checkCachedLayout(await store.get(key), key);
    await store.put({ ...old, ...change, key, savedAt: now() });
    const all = await store.getAll();
    if (all.length > MAX_CACHED_LAYOUTS) {
      // A damaged record's savedAt may be anything: it sorts first and is evicted first.
      const age = (e: CachedLayout) => (Number.isFinite(e?.savedAt) ? e.savedAt : -Infinity);
      const oldest = all.sort((a, b) => age(a) - age(b)).slice(0, all.length - MAX_CACHED_LAYOUTS);
      for (const entry of oldest) await store.delete(entry.key);
    }
    await tx.done;
  };
  return {
    load: async (key) => checkCachedLayout(await (await get()).get('layouts', key), key),
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
