import { type Dataset, type DatasetIndex, type EngineOptions, type Issue, indexDataset } from '../model';
import type { SliceCreator } from './types';

export interface DatasetSlice {
  dataset: Dataset;
  index: DatasetIndex;
  /** Name shown in the header: the bundled dataset or an imported file. */
  datasetName: string;
  /** Warnings that came with the loaded dataset (shown as a notice). */
  datasetWarnings: Issue[];
  /** Replaces the dataset (already validated) and re-indexes; time is clamped into its span. */
  setDataset: (dataset: Dataset, name?: string, warnings?: Issue[]) => void;
  setEngineOptions: (options: Partial<EngineOptions>) => void;
}

export const createDatasetSlice =
  (initial: Dataset): SliceCreator<DatasetSlice> =>
  (set, get) => ({
    dataset: initial,
    index: indexDataset(initial),
    datasetName: initial.meta.name,
    datasetWarnings: [],
    setDataset: (dataset, name = dataset.meta.name, warnings = []) => {
      const index = indexDataset(dataset, get().index.options);
      set({ dataset, index, datasetName: name, datasetWarnings: warnings, selection: null });
      get().setTime(get().time);
    },
    setEngineOptions: (options) =>
      set({ index: indexDataset(get().dataset, { ...get().index.options, ...options }) }),
  });
