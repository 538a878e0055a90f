import type { Dataset } from '../model';
import { decodeDatasetParams, isShareLink } from '../model/share-dataset';
import type { LibraryDb } from '../persist/library-db';
import { createEntenteStore, type EntenteStore } from '../store';
import { BUNDLED_DATASET_ID } from '../store/library-slice';
import { startUrlSync } from '../store/url-sync';

/**
 * Whether the page should open a saved dataset before it draws anything: the address names one
 * (`ds`), or it is a bare address and the dataset open last time was a saved one. A share link
 * without `ds` was made on the built-in dataset and opens on it, whatever was open last time.
 * Storage that cannot be read means no: the built-in dataset opens as before.
 */
export async function opensSavedDataset(search: string, db: LibraryDb): Promise<boolean> {
  if (decodeDatasetParams(search).kind === 'linked') return true;
  if (isShareLink(search)) return false;
  try {
    if (!(await db.mayExist())) return false;
    const [active, library] = await Promise.all([db.getActive(), db.list()]);
    return !!active && active !== BUNDLED_DATASET_ID && library.some((e) => e.id === active);
  } catch {
    return false;
  }
}

/**
 * The store the page first renders: the address applied, and when a saved dataset opens at start
 * (`savedFirst`), that dataset already in place, so the built-in graph is never drawn before it.
 * A saved dataset that cannot be opened leaves the built-in one, with a notice.
 */
export async function storeForFirstDraw(
  bundled: Dataset,
  savedFirst: Promise<boolean>,
  win: Window = window,
  onOpening: () => void = () => undefined,
): Promise<EntenteStore> {
  const store = createEntenteStore(bundled);
  // The address bar is a share link: restore from it now, keep it in step from here on.
  startUrlSync(store, win);
  if (await savedFirst) {
    onOpening();
    await store.getState().restoreLibrary();
  }
  return store;
}
