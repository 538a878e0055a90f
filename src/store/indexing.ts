import {
  type Dataset,
  type DatasetIndex,
  type EngineOptions,
  type QuadClass,
  indexDataset,
  quadClass,
} from '../model';
import { indexDatasetOffThread, indexesOffThread } from '../workers/engine-client';
import { formatCount } from '../model/format-count';

/**
 * Small datasets index here and now (a few ms, and the UI and tests see the result at once); large
 * ones in the engine worker, so loading a million events, changing the half-life or a category
 * filter never freezes the page.
 */
export function buildIndex(
  dataset: Dataset,
  options: Partial<EngineOptions>,
): DatasetIndex | Promise<DatasetIndex> {
  if (!indexesOffThread(dataset)) return indexDataset(dataset, options);
  return indexDatasetOffThread(dataset, options);
}

export type Categories = Record<QuadClass, boolean>;

export const allCategoriesOn = (c: Categories) => Object.values(c).every(Boolean);

/** The index counting only events of the chosen CAMEO categories (the full one when all are on). */
export function indexForCategories(
  index: DatasetIndex,
  categories: Categories,
): DatasetIndex | Promise<DatasetIndex> {
  if (allCategoriesOn(categories)) return index;
  const events = index.dataset.events.filter((e) => categories[quadClass(e.cameo)]);
  return buildIndex({ ...index.dataset, events }, index.options);
}

/** Both indexes for a dataset: the full one and the one the category filter implies. */
export function indexBoth(
  dataset: Dataset,
  options: Partial<EngineOptions>,
  categories: Categories,
): Indexes | Promise<Indexes> {
  const pair = (index: DatasetIndex) => {
    const view = indexForCategories(index, categories);
    return view instanceof Promise
      ? view.then((viewIndex) => ({ index, viewIndex }))
      : { index, viewIndex: view };
  };
  const full = buildIndex(dataset, options);
  return full instanceof Promise ? full.then(pair) : pair(full);
}

export interface Indexes {
  index: DatasetIndex;
  viewIndex: DatasetIndex;
}

/** How the status line names a background indexing job. */
export function indexingLabel(events: number): string {
  return `Indexing ${formatCount(events)} events…`;
}

/**
 * Runs index jobs so that only the latest one lands: a result that arrives after a newer request
 * is dropped. Sync results apply at once; async ones report start and end through `busy`. The
 * promise says whether this job's result was applied.
 */
export function latestOnly(busy: (label: string | null) => void, failed: (message: string) => void) {
  let ticket = 0;
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  return <T>(label: string, work: () => T | Promise<T>, apply: (result: T) => void): Promise<boolean> => {
    const mine = ++ticket;
    let result: T | Promise<T>;
    try {
      result = work();
    } catch (error) {
      failed(message(error));
      return Promise.resolve(false);
    }
    if (!(result instanceof Promise)) {
      apply(result);
      return Promise.resolve(true);
    }
    busy(label);
    return result.then(
      (value) => {
        if (mine !== ticket) return false;
        busy(null);
        apply(value);
        return true;
      },
      (error: unknown) => {
        if (mine !== ticket) return false;
        busy(null);
        failed(message(error));
        return false;
      },
    );
  };
}
