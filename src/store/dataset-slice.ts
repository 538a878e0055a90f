import {
  type Dataset,
  type DatasetIndex,
  type EngineOptions,
  type Issue,
  indexDataset,
  openingDay,
  tellingDay,
} from '../model';
import { type Indexes, indexBoth, indexForCategories, indexingLabel, latestOnly } from './indexing';
import type { SliceCreator } from './types';

export interface DatasetSlice {
  dataset: Dataset;
  index: DatasetIndex;
  /** `index` with the category filter applied (the same object when every category is on). */
  viewIndex: DatasetIndex;
  /** Set while a large dataset is indexed in the background; the last good index stays in use. */
  indexing: string | null;
  /** Name shown in the header: the bundled dataset or an imported file. */
  datasetName: string;
  /** Warnings that came with the loaded dataset (shown as a notice). */
  datasetWarnings: Issue[];
  /**
   * Replaces the dataset (already validated) once it is indexed; time is clamped into its span.
   * Resolves true when it was applied, false when a newer request or a failure superseded it.
   */
  setDataset: (dataset: Dataset, name?: string, warnings?: Issue[]) => Promise<boolean>;
  setEngineOptions: (options: Partial<EngineOptions>) => Promise<boolean>;
  /** Re-derives viewIndex from index and the category filter (the store calls it when either changes). */
  refreshViewIndex: () => Promise<boolean>;
}

export const createDatasetSlice =
  (initial: Dataset): SliceCreator<DatasetSlice> =>
  (set, get) => {
    const initialIndex = indexDataset(initial);
    const busy = (label: string | null) => set({ indexing: label });
    const failed = (message: string) =>
      get().notify(`Indexing failed (${message}); the previous data is still shown.`);
    // Separate queues: a category change must not cancel a dataset that is still being indexed.
    const datasetJobs = latestOnly(busy, failed);
    const viewJobs = latestOnly(busy, failed);
    /** Indexes in full and for the category filter, then applies both at once (never one without the other). */
    const reindex = (dataset: Dataset, options: Partial<EngineOptions>, apply: (i: Indexes) => void) => {
      const { categories } = get().filters;
      return datasetJobs(
        indexingLabel(dataset.events.length),
        () => indexBoth(dataset, options, categories),
        (indexes) => {
          apply(indexes);
          // The filter moved while this was indexing: bring the view in line with it.
          if (get().filters.categories !== categories) void get().refreshViewIndex();
        },
      );
    };
    return {
      dataset: initial,
      index: initialIndex,
      viewIndex: initialIndex,
      indexing: null,
      datasetName: initial.meta.name,
      datasetWarnings: [],
      setDataset: (dataset, name = dataset.meta.name, warnings = []) =>
        reindex(dataset, get().index.options, (indexes) => {
          const changed = dataset !== get().dataset;
          // What was said about the old dataset (an Undo of a search on it) means nothing on this one.
          if (changed) get().dropDatasetNotices();
          // Another dataset's chapters and selection mean nothing here; its own opening date does.
          set({ dataset, ...indexes, datasetName: name, datasetWarnings: warnings, selection: null });
          if (changed) set({ storyChapter: null, storyResume: 0, timeGlide: null });
          // A large set opens grouped: its communities are sought now, beside the first render.
          if (changed) void get().groupByDefault(0);
          // A dataset without an opening date of its own opens where it has most to show.
          if (!changed) get().setTime(get().time);
          else if (dataset.meta.openAt !== undefined)
            get().setTime(openingDay(dataset.meta, indexes.index.span));
          else get().setTime(tellingDay(indexes.index));
        }),
      setEngineOptions: (options) =>
        reindex(get().dataset, { ...get().index.options, ...options }, (indexes) => set(indexes)),
      refreshViewIndex: () => {
        const { index, filters } = get();
        return viewJobs(
          indexingLabel(index.dataset.events.length),
          () => indexForCategories(index, filters.categories),
          (viewIndex) => {
            if (get().index === index) set({ viewIndex });
          },
        );
      },
    };
  };
