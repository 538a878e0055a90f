import { createStore, type StoreApi } from 'zustand/vanilla';
import { type Dataset, openingDay } from '../model';
import { createAnalyticsSlice } from './analytics-slice';
import { createCommunitySlice } from './community-slice';
import { createDatasetSlice } from './dataset-slice';
import { createFilterSlice } from './filter-slice';
import { createLayoutSlice } from './layout-slice';
import { createLibrarySlice } from './library-slice';
import { createLinkSlice } from './link-slice';
import { createLodSlice } from './lod-slice';
import { createSelectionSlice } from './selection-slice';
import { createStorySlice } from './story-slice';
import { createTimeSlice } from './time-slice';
import type { EntenteState } from './types';
import { createViewSlice } from './view-slice';

export type EntenteStore = StoreApi<EntenteState>;

/**
 * One store per app (or per test): slices combined, time starting at `initialTime`, else the dataset's
 * `meta.openAt`, else its first day.
 */
export function createEntenteStore(dataset: Dataset, initialTime?: number): EntenteStore {
  const store = createStore<EntenteState>()((...a) => ({
    ...createDatasetSlice(dataset)(...a),
    ...createTimeSlice(initialTime)(...a),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createViewSlice(...a),
    ...createAnalyticsSlice(...a),
    ...createLibrarySlice(dataset)(...a),
    ...createStorySlice(...a),
    ...createLayoutSlice(...a),
    ...createLodSlice(...a),
    ...createCommunitySlice(...a),
    ...createLinkSlice(...a),
  }));
  // The category filter re-indexes the events it keeps, whichever action changed it.
  store.subscribe((state, before) => {
    if (state.filters.categories !== before.filters.categories) void state.refreshViewIndex();
    // Communities belong to one dataset: a new one starts ungrouped, its communities not yet found.
    if (state.index !== before.index && (state.communities || state.grouped)) {
      state.ungroupAll();
      store.setState({ communities: null });
    }
  });
  const { index, setTime, setWindowFrom } = store.getState();
  setTime(initialTime ?? openingDay(dataset.meta, index.span));
  setWindowFrom(index.span.start);
  return store;
}
