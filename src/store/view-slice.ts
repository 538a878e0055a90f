import { readRendererChoice, writeRendererChoice } from './renderer-choice';
import type { SliceCreator } from './types';

export type Theme = 'light' | 'dark';
export type SidePanel = 'inspector' | 'filters' | 'analytics';

/** A notice that can take back what the app just did for the user (e.g. a search that moved time). */
export interface UndoOffer {
  text: string;
  undo: () => void;
}

export interface ViewSlice {
  theme: Theme;
  sidePanel: SidePanel;
  /** Bumped to ask the graph to run its layout again. */
  layoutRequest: number;
  /** Cytoscape's WebGL renderer, for large graphs; remembered across visits (localStorage). */
  webgl: boolean;
  /** Notices for the user (bad URL parameters, dataset warnings ...), newest last. */
  notices: string[];
  /** The notices about the app rather than the dataset shown (no WebGL, storage unreadable). */
  appNotices: string[];
  /** At most one undoable notice: a newer offer replaces an older one. */
  undoOffer: UndoOffer | null;
  setTheme: (theme: Theme) => void;
  setSidePanel: (panel: SidePanel) => void;
  requestLayout: () => void;
  setWebgl: (on: boolean) => void;
  /**
   * Shows a notice. It belongs to the dataset shown (a new dataset drops it, dropDatasetNotices)
   * unless `scope` is 'app'.
   */
  notify: (message: string, scope?: 'dataset' | 'app') => void;
  /** Drops the notices and the undo offer made on the dataset being replaced. */
  dropDatasetNotices: () => void;
  dismissNotice: (index: number) => void;
  offerUndo: (text: string, undo: () => void) => void;
  /** Runs the offered undo and clears the notice. */
  takeUndo: () => void;
  dismissUndo: () => void;
}

function preferredTheme(): Theme {
  if (typeof window === 'undefined' || !window.matchMedia) return 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  theme: preferredTheme(),
  sidePanel: 'inspector',
  layoutRequest: 0,
  webgl: readRendererChoice(),
  notices: [],
  appNotices: [],
  undoOffer: null,
  setTheme: (theme) => set({ theme }),
  setSidePanel: (sidePanel) => set({ sidePanel }),
  requestLayout: () => set({ layoutRequest: get().layoutRequest + 1 }),
  setWebgl: (webgl) => {
    writeRendererChoice(webgl);
    set({ webgl });
  },
  notify: (message, scope = 'dataset') => {
    set({ notices: [...get().notices, message].slice(-5) });
    if (scope === 'app') set({ appNotices: [...get().appNotices, message] });
  },
  dropDatasetNotices: () => {
    const { notices, appNotices } = get();
    set({ notices: notices.filter((n) => appNotices.includes(n)), undoOffer: null });
  },
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  offerUndo: (text, undo) => set({ undoOffer: { text, undo } }),
  takeUndo: () => {
    const offer = get().undoOffer;
    set({ undoOffer: null });
    offer?.undo();
  },
  dismissUndo: () => set({ undoOffer: null }),
});
