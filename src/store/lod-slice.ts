import type { SliceCreator } from './types';

/** Above this many visible relations the graph draws only the strongest while time or the view moves. */
export const LOD_BUDGET = 1000;

/** Zoom below which a large graph counts as zoomed out (labels unreadable, edges a blur). */
export const LOD_ZOOM = 0.3;

/**
 * Level of detail: what the graph leaves out while it is busy. The flags are set by the graph view
 * (motion, zoom) and by the status line's show-all button; selectors decide the cut from them.
 */
export interface LodSlice {
  /** Time playing or being scrubbed or stepped (until it rests for a moment). */
  moving: boolean;
  /** The view is zoomed out below LOD_ZOOM. */
  zoomedOut: boolean;
  /** The user asked to see every relation, whatever the graph's size. */
  showAllRelations: boolean;
  /** Level of detail at all (off: the behaviour before it, the bench's baseline). */
  levelOfDetail: boolean;
  setMoving: (moving: boolean) => void;
  setZoomedOut: (zoomedOut: boolean) => void;
  setShowAllRelations: (all: boolean) => void;
  setLevelOfDetail: (on: boolean) => void;
}

export const createLodSlice: SliceCreator<LodSlice> = (set, get) => ({
  moving: false,
  zoomedOut: false,
  showAllRelations: false,
  levelOfDetail: true,
  setMoving: (moving) => {
    if (get().moving !== moving) set({ moving });
  },
  setZoomedOut: (zoomedOut) => {
    if (get().zoomedOut !== zoomedOut) set({ zoomedOut });
  },
  setShowAllRelations: (showAllRelations) => set({ showAllRelations }),
  setLevelOfDetail: (levelOfDetail) => set({ levelOfDetail }),
});
