import { type Dataset, type LinkedDataset, datasetFingerprint } from '../model';
import type { ImportIssue, ImportProgress } from '../model/import';
import {
  type DamagedRecord,
  defaultLibraryDb,
  type LibraryDb,
  type LibraryEntry,
} from '../persist/library-db';
import { importInBackground } from '../workers/import-client';
import type { ImportInput } from '../workers/import-task';
import type { SliceCreator } from './types';

export const BUNDLED_DATASET_ID = 'bundled';

export interface ImportStatus {
  state: 'idle' | 'running' | 'failed' | 'loaded';
  files: string[];
  progress: ImportProgress | null;
  /** Errors when the import failed; warnings when it loaded. */
  issues: ImportIssue[];
}

export interface LibrarySlice {
  /** Imported datasets, oldest first (the bundled dataset is not listed here). */
  library: LibraryEntry[];
  activeDatasetId: string;
  /** The dataset shown before the active one: where the error boundary goes back to. */
  previousDatasetId: string;
  /** True once the saved datasets were read and a share link's dataset (if any) was looked for. */
  libraryReady: boolean;
  /** Stored records that failed their checks: set aside, named in a notice, deletable in the switcher. */
  quarantined: DamagedRecord[];
  /** Name of a saved dataset being opened (re-checked in the worker), or null. */
  opening: string | null;
  /** Imports shown but not yet stored for the next visit: leaving the page now would lose them. */
  unsavedImports: number;
  /** Name of the dataset that ships with the app, for the switcher. */
  bundledDatasetName: string;
  importStatus: ImportStatus;
  /** Lists the saved datasets and re-opens the one that was active before the reload. */
  restoreLibrary: () => Promise<void>;
  /** Imports files; a failed import leaves the current dataset as it is. Resolves to success. */
  importDatasetFiles: (inputs: readonly ImportInput[]) => Promise<boolean>;
  switchDataset: (id: string) => Promise<boolean>;
  deleteDataset: (id: string) => Promise<void>;
  /** Removes a damaged record (and whatever else is stored under its key). */
  deleteDamaged: (record: DamagedRecord) => Promise<void>;
  recoverLastGoodDataset: () => Promise<void>;
  clearImportStatus: () => void;
}

const IDLE: ImportStatus = { state: 'idle', files: [], progress: null, issues: [] };

function newId(): string {
  return `imported-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

const fileName = (input: ImportInput) => input.name;

/** A stored dataset as an import input: a Blob travels to the worker as a File, never read here. */
const storedFile = (name: string, json: string | Blob): ImportInput =>
  typeof json === 'string' ? { name, text: json } : new File([json], name, { type: 'application/json' });

export const createLibrarySlice =
  (bundled: Dataset, db: LibraryDb = defaultLibraryDb()): SliceCreator<LibrarySlice> =>
  (set, get) => {
    const saveActive = (id: string) =>
      db.setActive(id).catch(() => {
        /* the choice is only lost on reload; the dataset itself is shown */
      });

    const withFingerprint = (id: string, fingerprint: string) =>
      set({ library: get().library.map((e) => (e.id === id ? { ...e, fingerprint } : e)) });

    /** The saved dataset a link names; entries saved before fingerprints existed are hashed on demand. */
    const findByFingerprint = async (fingerprint: string): Promise<string | null> => {
      for (const entry of get().library) {
        let known = entry.fingerprint;
        if (!known) {
          const stored = await db.load(entry.id).catch(() => undefined);
          if (!stored) continue;
          const { datasetJson } = stored;
          known = datasetFingerprint(
            typeof datasetJson === 'string' ? datasetJson : await datasetJson.text(),
          );
          withFingerprint(entry.id, known);
        }
        if (known === fingerprint) return entry.id;
      }
      return null;
    };

    const quarantine = (record: DamagedRecord) => {
      const others = get().quarantined.filter((r) => !(r.store === record.store && r.key === record.key));
      set({ quarantined: [...others, record] });
      // About storage, not the dataset on screen: it stays when another dataset is opened.
      get().notify(
        `The saved dataset "${record.label}" is damaged (${record.reason}); it was set aside. Delete it from the dataset menu.`,
        'app',
      );
    };

    // Each show() takes a ticket: one overtaken by a later choice (a click while a link's dataset is
    // still being checked) gives way instead of replacing what the user chose.
    let ticket = 0;

    /** Shows a dataset by id (the bundled one or a stored one). */
    const show = async (id: string): Promise<boolean> => {
      const mine = ++ticket;
      if (id === BUNDLED_DATASET_ID) {
        if (!(await get().setDataset(bundled, bundled.meta.name))) return false;
      } else {
        const entry = get().library.find((e) => e.id === id);
        const label = entry?.name ?? id;
        set({ opening: label });
        const read = await db.read(id).catch((err: unknown) => ({ ok: false as const, reason: String(err) }));
        // Checked again (off the main thread), since storage is outside our control.
        const checked = read.ok
          ? await importInBackground(
              [storedFile(`${label}.json`, read.stored.datasetJson)],
              undefined,
              // Our own stored JSON may be larger than the file it came from; the limit is for uploads.
              { maxBytes: Number.POSITIVE_INFINITY },
              // Its stored form exists: made again only for an entry saved before fingerprints.
              { store: !entry?.fingerprint },
            )
          : null;
        if (get().opening === label) set({ opening: null });
        if (mine !== ticket) return false;
        if (!read.ok || !checked?.ok) {
          const reason = !read.ok
            ? read.reason
            : `its dataset no longer passes the checks: ${checked?.ok === false ? (checked.issues[0]?.message ?? '') : ''}`;
          quarantine({ store: 'datasets', key: id, label, reason: reason.slice(0, 200) });
          return false;
        }
        const name = entry?.name ?? checked.dataset.meta.name;
        if (!(await get().setDataset(checked.dataset, name, read.stored.warnings))) return false;
        if (mine !== ticket) return false;
        if (entry && !entry.fingerprint)
          void checked.stored.then((form) => form && withFingerprint(entry.id, form.fingerprint));
      }
      if (mine !== ticket) return false;
      const previous = get().activeDatasetId;
      set({ activeDatasetId: id, previousDatasetId: previous === id ? get().previousDatasetId : previous });
      await saveActive(id);
      return true;
    };

    const restore = async () => {
      try {
        const [{ entries: library, damaged }, active] = await Promise.all([db.scan(), db.getActive()]);
        set({ library });
        for (const record of damaged) quarantine(record);
        const link = get().pendingLink;
        const linked = link ? await findByFingerprint(link.fingerprint) : null;
        if (linked) {
          // Ready only once the linked dataset was tried: "not in this browser" must never show while
          // the dataset it names is still being opened.
          if (await show(linked)) get().resolvePendingLink(link?.fingerprint);
          set({ libraryReady: true });
          return;
        }
        set({ libraryReady: true });
        // A link made on the built-in dataset opens on it, whatever was open last time.
        if (get().linkForBuiltIn) return;
        if (active && active !== BUNDLED_DATASET_ID && library.some((e) => e.id === active)) {
          if (!(await show(active))) await saveActive(BUNDLED_DATASET_ID);
        }
      } catch {
        set({ libraryReady: true });
        get().notify(
          'Saved datasets could not be read in this browser; imports will last until the tab closes.',
          'app',
        );
      }
    };
    let restoring: Promise<void> | null = null;

    return {
      library: [],
      activeDatasetId: BUNDLED_DATASET_ID,
      previousDatasetId: BUNDLED_DATASET_ID,
      libraryReady: false,
      quarantined: [],
      opening: null,
      unsavedImports: 0,
      bundledDatasetName: bundled.meta.name,
      importStatus: IDLE,

      restoreLibrary: () => (restoring ??= restore()),

      importDatasetFiles: async (inputs) => {
        const files = inputs.map(fileName);
        set({ importStatus: { state: 'running', files, progress: null, issues: [] } });
        const result = await importInBackground(inputs, (progress) =>
          set({ importStatus: { ...get().importStatus, progress } }),
        );
        if (!result.ok) {
          set({ importStatus: { state: 'failed', files, progress: null, issues: result.issues } });
          return false;
        }
        const { dataset, warnings } = result;
        const entry: LibraryEntry = {
          id: newId(),
          name: dataset.meta.name,
          importedAt: new Date().toISOString(),
          files,
          actors: dataset.actors.length,
          events: dataset.events.length,
        };
        // The dataset is handed over before the worker serialises it: it indexes and draws while the
        // stored form (JSON and fingerprint) is made and saved.
        const saving = result.stored.then(async (form) => {
          if (!form) throw new Error('no stored form');
          await db.save(
            { ...entry, fingerprint: form.fingerprint },
            { id: entry.id, datasetJson: form.datasetJson, warnings },
          );
          return form.fingerprint;
        });
        set({ library: [...get().library, entry], unsavedImports: get().unsavedImports + 1 });
        let counted = true;
        const stored = () => {
          if (counted) set({ unsavedImports: get().unsavedImports - 1 });
          counted = false;
        };
        void saving.then(undefined, stored);
        // Superseded (another dataset was opened while this one indexed): it stays in the library.
        const showing = get().setDataset(dataset, entry.name, warnings);
        const saved = saving.then(
          (fingerprint) => {
            withFingerprint(entry.id, fingerprint);
            return fingerprint;
          },
          async (err: unknown) => {
            // Told once the new dataset is shown, so the switch does not drop it with the old one's notices.
            await showing;
            get().notify(`"${entry.name}" is shown but could not be saved for next time (${String(err)}).`);
            return null;
          },
        );
        const shown = await showing;
        const loaded = { state: 'loaded', files, progress: null, issues: warnings } as const;
        if (!shown) {
          set({ importStatus: loaded });
          void saved.then(stored);
          return false;
        }
        const previous = get().activeDatasetId;
        set({
          activeDatasetId: entry.id,
          previousDatasetId: previous,
          importStatus: loaded,
        });
        if (warnings.length) get().notify(`Imported "${entry.name}" with ${warnings.length} warning(s).`);
        const fingerprint = await saved;
        // Unsaved (storage full): a reload must reopen the last dataset that was saved, not fall back to
        // the built-in one because the remembered id points at nothing.
        if (fingerprint === null) return true;
        await saveActive(entry.id);
        stored();
        // The file a waiting share link was made on: the link's view opens on it.
        get().resolvePendingLink(fingerprint);
        return true;
      },

      // While another dataset is being opened, choosing the one on screen still counts: it wins.
      switchDataset: async (id) => (id === get().activeDatasetId && !get().opening ? true : show(id)),

      deleteDataset: async (id) => {
        if (id === BUNDLED_DATASET_ID) return;
        if (get().activeDatasetId === id) await show(BUNDLED_DATASET_ID);
        await db
          .remove(id)
          .catch(() => get().notify('The dataset could not be removed from storage.', 'app'));
        set({
          library: get().library.filter((e) => e.id !== id),
          previousDatasetId: get().previousDatasetId === id ? BUNDLED_DATASET_ID : get().previousDatasetId,
        });
      },

      deleteDamaged: async (record) => {
        await db
          .remove(record.key)
          .catch(() => get().notify('The damaged record could not be removed.', 'app'));
        const id = typeof record.key === 'string' ? record.key : null;
        set({
          quarantined: get().quarantined.filter((r) => r.key !== record.key),
          library: id ? get().library.filter((e) => e.id !== id) : get().library,
        });
      },

      recoverLastGoodDataset: async () => {
        const { activeDatasetId, previousDatasetId } = get();
        const target = previousDatasetId !== activeDatasetId ? previousDatasetId : BUNDLED_DATASET_ID;
        if (!(await show(target))) await show(BUNDLED_DATASET_ID);
      },

      clearImportStatus: () => set({ importStatus: IDLE }),
    };
  };

/** What a share link says about the dataset shown: null for the built-in one. */
export function activeLinkedDataset(s: {
  activeDatasetId: string;
  library: readonly { id: string; name: string; fingerprint?: string }[];
}): LinkedDataset | null {
  const entry = s.library.find((e) => e.id === s.activeDatasetId);
  return entry?.fingerprint ? { fingerprint: entry.fingerprint, name: entry.name } : null;
}
