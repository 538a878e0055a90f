import type { SliceCreator } from './types';

/**
 * Actors present at t above which the status line offers grouping into communities. At 1,500 actors
 * the canvas renderer still draws a frame in about a tenth of a second here (docs/PERFORMANCE.md), but
 * a fitted view of that many nodes is a blur of overlapping labels: grouping is what makes it readable.
 */
export const COMMUNITY_THRESHOLD = 1500;

/**
 * Grouping of a large graph into communities (src/model/communities). The communities themselves are
 * computed once per dataset over the whole span (selectCommunities), so they never change as time
 * moves; this slice holds only what the user chose: grouped or not, and which communities are open.
 */
export interface CommunitySlice {
  grouped: boolean;
  /** Community ids shown member by member while grouped. */
  expandedCommunities: ReadonlySet<number>;
  /** The community the inspector shows (a meta-node was clicked, or Collapse from a member), or null. */
  inspectedCommunity: number | null;
  groupCommunities: () => void;
  ungroupAll: () => void;
  expandCommunity: (id: number) => void;
  collapseCommunity: (id: number) => void;
  inspectCommunity: (id: number | null) => void;
}

const NONE: ReadonlySet<number> = new Set();

export const createCommunitySlice: SliceCreator<CommunitySlice> = (set, get) => ({
  grouped: false,
  expandedCommunities: NONE,
  inspectedCommunity: null,
  groupCommunities: () => set({ grouped: true, expandedCommunities: NONE, inspectedCommunity: null }),
  ungroupAll: () => set({ grouped: false, expandedCommunities: NONE, inspectedCommunity: null }),
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
});
