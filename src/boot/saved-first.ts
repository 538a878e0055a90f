import { BUNDLED_DATASET_ID } from '../store/library-slice';
import { decodeDatasetParams, isShareLink } from '../model/share-dataset';
import type { LibraryDb } from '../persist/library-db';

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
    const [active, library] = await Promise.all([db.getActive(), db.list()]);
    return !!active && active !== BUNDLED_DATASET_ID && library.some((e) => e.id === active);
  } catch {
    return false;
  }
}
