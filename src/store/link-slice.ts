import type { LinkedDataset } from '../model';
import { BUNDLED_DATASET_ID } from './library-slice';
import type { SliceCreator } from './types';
import { applyShareParams } from './url-sync';

/** A share link made on a dataset that is not shown yet: its query string waits for that dataset. */
export interface PendingLink extends LinkedDataset {
  search: string;
}

export interface LinkSlice {
  /** Non-null while the page's link names a dataset this browser has not opened (or does not have). */
  pendingLink: PendingLink | null;
  /** The page was opened from a link made on the built-in dataset: the last imported one is not reopened. */
  linkForBuiltIn: boolean;
  /** Applies the waiting link if the dataset now shown is the one it names; true when it did. */
  resolvePendingLink: (fingerprint: string | undefined) => boolean;
  /** The user's choice: show the built-in dataset and apply what of the link fits it. */
  openPendingLinkOnBuiltIn: () => Promise<void>;
  dismissPendingLink: () => void;
}

export const createLinkSlice: SliceCreator<LinkSlice> = (set, get) => ({
  pendingLink: null,
  linkForBuiltIn: false,
  resolvePendingLink: (fingerprint) => {
    const link = get().pendingLink;
    if (!link || !fingerprint || link.fingerprint !== fingerprint) return false;
    set({ pendingLink: null });
    applyShareParams({ getState: get }, link.search);
    return true;
  },
  openPendingLinkOnBuiltIn: async () => {
    const link = get().pendingLink;
    if (!link) return;
    if (!(await get().switchDataset(BUNDLED_DATASET_ID))) return;
    set({ pendingLink: null });
    applyShareParams({ getState: get }, link.search);
  },
  dismissPendingLink: () => set({ pendingLink: null }),
});
