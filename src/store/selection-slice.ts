import type { SliceCreator } from './types';

export type Selection = { type: 'node' | 'edge'; id: string } | null;

export interface SelectionSlice {
  selection: Selection;
  /** An actor the graph should centre on (search); a counter makes repeated focus on one id work. */
  focus: { id: string; seq: number } | null;
  select: (selection: Selection) => void;
  focusActor: (id: string) => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selection: null,
  focus: null,
  select: (selection) => set({ selection }),
  focusActor: (id) =>
    set({ focus: { id, seq: (get().focus?.seq ?? 0) + 1 }, selection: { type: 'node', id } }),
});
