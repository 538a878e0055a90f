import type { Communities, Dataset } from '../model';
import { peakActorsPresent } from '../model/time/peak-present';
import { communitiesOf } from '../workers/communities-client';
import type { SliceCreator } from './types';

/**
 * Actors present at t above which the status line offers grouping into communities. At 1,500 actors
 * the canvas renderer still draws a frame in about a tenth of a second here (docs/PERFORMANCE.md), but
 * a fitted view of that many nodes is a blur of overlapping labels: grouping is what makes it readable.
 */
export const COMMUNITY_THRESHOLD = 1500;

/**
 * Actors present at t above which a dataset opens grouped into communities, so it plays smoothly by
 * default; the status line says so and the user can expand communities or ungroup. Chosen from the
 * play bench (docs/PERFORMANCE.md, issue 22): below it the level-of-detail view keeps frames near the
 * budget, above it only grouping does.
 */
export const GROUP_BY_DEFAULT_THRESHOLD = 1000;

/**
 * Grouping of a large graph into communities (src/model/communities). The communities are found once
 * per dataset over the whole span, in a worker (findCommunities), so they never change as time moves;
 * the rest is what the user chose: grouped or not, and which communities are open.
 */
export interface CommunitySlice {
  /** The current dataset's communities, once found; null before (and after a dataset change). */
  communities: Communities | null;
  grouped: boolean;
  /** Grouped because the dataset is large (GROUP_BY_DEFAULT_THRESHOLD), not by the user's choice. */
  groupedByDefault: boolean;
  /** The dataset the default grouping was decided for (once per dataset, whatever the user does after). */
  defaultGroupingFor: Dataset | null;
  /** The dataset that opens grouped while its communities are still being found (the graph waits). */
  groupingFor: Dataset | null;
  /** Community ids shown member by member while grouped. */
  expandedCommunities: ReadonlySet<number>;
  /** The community the inspector shows (a meta-node was clicked, or Collapse from a member), or null. */
  inspectedCommunity: number | null;
  /** Starts finding the current dataset's communities (once per dataset; later calls share it). */
  findCommunities: () => Promise<void>;
  /**
   * Called as a dataset opens, with the actors present then: when they, or the most actors present at
   * once over the span, exceed GROUP_BY_DEFAULT_THRESHOLD, it finds the communities and groups. Once
   * per dataset, whatever is asked later.
   */
  groupByDefault: (actorsPresent: number) => Promise<void>;
  /** Groups the graph; does nothing until the communities are found. */
  groupCommunities: () => void;
  ungroupAll: () => void;
  expandCommunity: (id: number) => void;
  collapseCommunity: (id: number) => void;
  inspectCommunity: (id: number | null) => void;
}

const NONE: ReadonlySet<number> = new Set();

/** The default grouping under way or done, per dataset (a second call waits for the first). */
const deciding = new WeakMap<Dataset, Promise<void>>();

export const createCommunitySlice: SliceCreator<CommunitySlice> = (set, get) => {
  /** The default grouping of `dataset`: found and applied when it is large, nothing otherwise. */
  async function groupIfLarge(dataset: Dataset, actorsPresent: number): Promise<void> {
    const peak = Math.max(actorsPresent, peakActorsPresent(get().index));
    if (peak <= GROUP_BY_DEFAULT_THRESHOLD) return;
    set({ groupingFor: dataset });
    try {
      await get().findCommunities();
    } finally {
      // Grouped in the same update that ends the wait, so no actor-by-actor frame is drawn between.
      const ready = get().dataset === dataset && !get().grouped && get().communities !== null;
      if (get().groupingFor === dataset)
        set({
          groupingFor: null,
          ...(ready
            ? { grouped: true, groupedByDefault: true, expandedCommunities: NONE, inspectedCommunity: null }
            : {}),
        });
    }
  }

  return {
    communities: null,
    grouped: false,
    groupedByDefault: false,
    defaultGroupingFor: null,
    groupingFor: null,
    expandedCommunities: NONE,
    inspectedCommunity: null,
    findCommunities: async () => {
      const index = get().index;
      if (get().communities) return;
      const communities = await communitiesOf(index);
      // A dataset change meanwhile: these belong to the old one.
      if (get().index === index && !get().communities) set({ communities });
    },
    groupByDefault: async (actorsPresent) => {
      const { dataset } = get();
      // Decided once, when the dataset opens: a view that groups itself mid-play would jump. A second
      // call while the communities are found waits for the same grouping.
      if (get().defaultGroupingFor === dataset) return deciding.get(dataset);
      set({ defaultGroupingFor: dataset });
      const decided = groupIfLarge(dataset, actorsPresent);
      deciding.set(dataset, decided);
      return decided;
    },
    groupCommunities: () => {
      if (get().communities) set({ grouped: true, expandedCommunities: NONE, inspectedCommunity: null });
    },
    ungroupAll: () =>
      set({ grouped: false, groupedByDefault: false, expandedCommunities: NONE, inspectedCommunity: null }),
    expandCommunity: (id) => {
      const open = get().expandedCommunities;
      if (!get().grouped || open.has(id)) return;
      set({ expandedCommunities: new Set([...open, id]) });
    },
    collapseCommunity: (id) => {
      const open = get().expandedCommunities;
      if (!open.has(id)) return;
      const next = new Set(open);
      next.delete(id);
      set({ expandedCommunities: next, inspectedCommunity: id, selection: null });
    },
    inspectCommunity: (inspectedCommunity) => set({ inspectedCommunity }),
  };
};
