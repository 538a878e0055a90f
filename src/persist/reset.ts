import { deleteDB } from 'idb';
import { checkEntries, checkStored, LIBRARY_DB_NAME, openLibraryDb } from './library-db';
import { clearLayoutCache, LAYOUT_DB_NAME } from './layout-cache';

export interface ResetReport {
  /** Saved datasets that passed their checks and were kept. */
  kept: number;
  /** Records removed because they failed their checks. */
  removed: number;
}

/**
 * The way out when the app cannot start: removes every library record that fails its check (an entry
 * or a dataset), forgets which dataset was open and drops the position cache (positions are computed
 * again). Saved datasets that pass are kept. Works without the store, so an error boundary above it
 * can call it.
 */
export async function resetLocalData(
  libraryName = LIBRARY_DB_NAME,
  layoutName = LAYOUT_DB_NAME,
): Promise<ResetReport> {
  let kept = 0;
  let removed = 0;
  try {
    const db = await openLibraryDb(libraryName);
    const tx = db.transaction(['entries', 'datasets', 'settings'], 'readwrite');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    for (let c = await tx.objectStore('entries').openCursor(); c; c = await c.continue())
      rows.push({ key: c.key, value: c.value as unknown });
    const { entries, damaged } = checkEntries(rows);
    for (const bad of damaged) {
      await tx.objectStore('entries').delete(bad.key as string);
      await tx.objectStore('datasets').delete(bad.key as string);
      removed++;
    }
    for (const entry of entries) {
      const stored = checkStored(await tx.objectStore('datasets').get(entry.id), entry.id);
      if (stored.ok) kept++;
      else {
        await tx.objectStore('entries').delete(entry.id);
        await tx.objectStore('datasets').delete(entry.id);
        removed++;
      }
    }
    await tx.objectStore('settings').clear();
    await tx.done;
    db.close();
  } catch {
    // A library that cannot even be opened (e.g. a newer version's) is of no use: start afresh.
    // deleteDB waits for other tabs' connections; the page reloads after this anyway.
    await Promise.race([deleteDB(libraryName), new Promise((r) => setTimeout(r, 2000))]).catch(
      () => undefined,
    );
  }
  await clearLayoutCache(layoutName).catch(() => undefined);
  return { kept, removed };
}
