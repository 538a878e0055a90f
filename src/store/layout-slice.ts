import type { SliceCreator } from './types';

/** A layout in progress, for the progress bar: `purpose` says whether it is the span or one date. */
export interface LayoutStatus {
  purpose: 'span' | 'date';
  done: number;
  total: number;
  actors: number;
}

/** One-shot requests the graph carries out (each has a new `n`, so the same request can repeat). */
export type LayoutCommand = { kind: 'cancel' | 'arrange' | 'undo'; n: number };

type Moved = ReadonlyMap<string, { x: number; y: number }>;

export interface LayoutSlice {
  /** Non-null while a layout runs in the worker. */
  layoutStatus: LayoutStatus | null;
  /** What Undo would revert ("Re-layout", "Arrange for 1971-12-03"), or null when nothing can be undone. */
  layoutUndo: string | null;
  layoutCommand: LayoutCommand | null;
  /** Nodes the user dragged in this dataset (persisted, and carried by share links as `pos`). */
  movedPositions: Moved;
  /** Dragged positions read from a share link, applied once the graph is placed. */
  linkedPositions: Moved | null;
  setLayoutStatus: (status: LayoutStatus | null) => void;
  setLayoutUndo: (label: string | null) => void;
  cancelLayout: () => void;
  arrangeForDate: () => void;
  undoLayout: () => void;
  setMovedPositions: (moved: Moved) => void;
  setLinkedPositions: (moved: Moved | null) => void;
}

export const createLayoutSlice: SliceCreator<LayoutSlice> = (set, get) => {
  const command = (kind: LayoutCommand['kind']) =>
    set({ layoutCommand: { kind, n: (get().layoutCommand?.n ?? 0) + 1 } });
  return {
    layoutStatus: null,
    layoutUndo: null,
    layoutCommand: null,
    movedPositions: new Map(),
    linkedPositions: null,
    setLayoutStatus: (layoutStatus) => set({ layoutStatus }),
    setLayoutUndo: (layoutUndo) => set({ layoutUndo }),
    cancelLayout: () => command('cancel'),
    arrangeForDate: () => command('arrange'),
    undoLayout: () => command('undo'),
    setMovedPositions: (movedPositions) => set({ movedPositions }),
    setLinkedPositions: (linkedPositions) => set({ linkedPositions }),
  };
};
