import type { SliceCreator } from './types';

export type Theme = 'light' | 'dark';
export type SidePanel = 'inspector' | 'filters' | 'analytics';

export interface ViewSlice {
  theme: Theme;
  sidePanel: SidePanel;
  /** Bumped to ask the graph to run its layout again. */
  layoutRequest: number;
  /** Cytoscape's WebGL renderer, for large graphs. */
  webgl: boolean;
  /** Notices for the user (bad URL parameters, dataset warnings ...), newest last. */
  notices: string[];
  setTheme: (theme: Theme) => void;
  setSidePanel: (panel: SidePanel) => void;
  requestLayout: () => void;
  setWebgl: (on: boolean) => void;
  notify: (message: string) => void;
  dismissNotice: (index: number) => void;
}

function preferredTheme(): Theme {
  if (typeof window === 'undefined' || !window.matchMedia) return 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  theme: preferredTheme(),
  sidePanel: 'inspector',
  layoutRequest: 0,
  webgl: false,
  notices: [],
  setTheme: (theme) => set({ theme }),
  setSidePanel: (sidePanel) => set({ sidePanel }),
  requestLayout: () => set({ layoutRequest: get().layoutRequest + 1 }),
  setWebgl: (webgl) => set({ webgl }),
  notify: (message) => set({ notices: [...get().notices, message].slice(-5) }),
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
});
