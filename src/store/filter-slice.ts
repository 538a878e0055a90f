import type { ActorKind, QuadClass } from '../model';
import type { SliceCreator } from './types';

export interface Filters {
  kinds: Record<ActorKind, boolean>;
  signs: { positive: boolean; negative: boolean; neutral: boolean };
  /** Relations lighter than this are hidden. */
  minWeight: number;
  /** Event categories (CAMEO quad classes) that count toward relations. */
  categories: Record<QuadClass, boolean>;
  /** Show membership / leadership / treaty / alliance / war ties. */
  ties: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  kinds: { country: true, leader: true, organization: true, group: true },
  signs: { positive: true, negative: true, neutral: true },
  minWeight: 0,
  categories: {
    'verbal-cooperation': true,
    'material-cooperation': true,
    'verbal-conflict': true,
    'material-conflict': true,
  },
  ties: true,
};

export interface FilterSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
}

export const createFilterSlice: SliceCreator<FilterSlice> = (set, get) => ({
  filters: DEFAULT_FILTERS,
  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});

/** True when any filter hides something, so the status line can say the view is filtered. */
export function filtersActive(filters: Filters): boolean {
  const off = (r: Record<string, boolean>) => Object.values(r).some((on) => !on);
  return (
    off(filters.kinds) ||
    off(filters.signs) ||
    off(filters.categories) ||
    !filters.ties ||
    filters.minWeight > 0
  );
}
