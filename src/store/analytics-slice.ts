import type { StrengthMeasure } from '../model/analytics/metrics';
import type { SliceCreator } from './types';

export interface CompareDates {
  /** Date A and date B as day numbers; the graph shows B with the changes since A marked. */
  from: number;
  to: number;
}

export interface AnalyticsSlice {
  /** Colour actors by the best two-camp split and highlight the ties that strain it. */
  campsView: boolean;
  compare: CompareDates | null;
  /** Size actors by a metric at t, or null for the uniform size. */
  sizeBy: StrengthMeasure | null;
  setCampsView: (on: boolean) => void;
  /**
   * Starts (or updates) a comparison and moves time to B so the graph shows the later state. Starting
   * one clears the selection, which would dim the changes it marks.
   */
  setCompare: (from: number, to: number) => void;
  clearCompare: () => void;
  setSizeBy: (measure: StrengthMeasure | null) => void;
}

export const createAnalyticsSlice: SliceCreator<AnalyticsSlice> = (set, get) => ({
  campsView: false,
  compare: null,
  sizeBy: null,
  setCampsView: (campsView) => set({ campsView }),
  setCompare: (from, to) => {
    const { start, end } = get().index.span;
    const clamp = (d: number) => Math.min(end, Math.max(start, Math.round(d)));
    if (!get().compare) set({ selection: null });
    set({ compare: { from: clamp(from), to: clamp(to) } });
    get().setTime(clamp(to));
  },
  clearCompare: () => set({ compare: null }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
});
