import {
  DEFAULT_ENGINE_OPTIONS,
  type EngineOptions,
  type ShareModel,
  type ShareState,
  chapterIndexOf,
  chapterView,
  copyState,
  decodeShareParams,
  encodeShareParams,
  pairKey,
  decodePositionsParam,
  encodePositionsParam,
  decodeDatasetParams,
  encodeDatasetParams,
  isShareLink,
} from '../model';
import { activeLinkedDataset } from './library-slice';
import { chaptersOf } from './story-slice';
import type { EntenteStore } from './create-store';
import type { EntenteState } from './types';

// A record, not a list: a new side panel fails to compile here until links know about it.
const PANELS: Record<EntenteState['sidePanel'], true> = { inspector: true, filters: true, analytics: true };
export const SHARE_PANELS = Object.keys(PANELS);

/** The shared fields of the live state (a copy, so later store changes do not leak in). */
export function shareStateOf(s: EntenteState): ShareState {
  return copyState({
    time: s.time,
    mode: s.mode,
    windowFrom: s.windowFrom,
    selection: s.selection,
    filters: s.filters,
    theme: s.theme,
    panel: s.sidePanel,
    model: modelOf(s.index.options),
    chapter: s.storyChapter === null ? null : (chaptersOf(s)[s.storyChapter]?.id ?? null),
    webgl: s.webgl,
  });
}

function modelOf(o: EngineOptions): ShareModel {
  return {
    halfLifeYears: o.halfLifeYears,
    kappa: o.kappa,
    conflictWeight: o.conflictWeight,
    baseline: Object.keys(o.standing).length > 0,
  };
}

/** Edge ids as the graph uses them: `rel:a~b` for a relation, `tie:ID` for a tie. */
function edgeExists(s: EntenteState, id: string): boolean {
  if (id.startsWith('rel:')) {
    const [a, b, ...rest] = id.slice(4).split('~');
    return (
      rest.length === 0 && !!a && !!b && s.index.pairByKey.has(pairKey(a, b)) && id === `rel:${pairKey(a, b)}`
    );
  }
  if (id.startsWith('tie:')) return s.index.ties.some(({ tie }) => tie.id === id.slice(4));
  return false;
}

/** Reads a query string into the store; dropped parameters become one visible notice. */
export function applyShareParams(
  store: Pick<EntenteStore, 'getState'>,
  search: string,
  defaults = shareStateOf(store.getState()),
) {
  const s = store.getState();
  const { state, notices } = decodeShareParams(search, {
    defaults,
    span: s.index.span,
    hasActor: (id) => s.index.actors.has(id),
    hasEdge: (id) => edgeExists(s, id),
    panels: SHARE_PANELS,
    chapterView: (id) => {
      const chapter = chaptersOf(s).find((c) => c.id === id);
      return chapter ? chapterView(chapter, s.index.span) : null;
    },
  });
  s.setTime(state.time);
  s.setMode(state.mode);
  if (state.mode === 'window') s.setWindowFrom(state.windowFrom);
  s.select(state.selection);
  s.setFilters(state.filters);
  s.setTheme(state.theme);
  s.setSidePanel(state.panel as EntenteState['sidePanel']);
  if (state.webgl !== s.webgl) s.setWebgl(state.webgl);
  if (state.selection?.type === 'node') s.focusActor(state.selection.id);
  const now = modelOf(s.index.options);
  const { baseline, ...numbers } = state.model;
  if (JSON.stringify(state.model) !== JSON.stringify(now))
    void s.setEngineOptions({ ...numbers, standing: baseline ? DEFAULT_ENGINE_OPTIONS.standing : {} });
  // The link already set the chapter's view (and any t or from on top): open the story without moving.
  if (state.chapter !== null) s.showChapter(chapterIndexOf(chaptersOf(s), state.chapter), 'stay');
  // Dragged nodes: applied by the graph once it has placed the dataset.
  const pos = new URLSearchParams(search).get('pos');
  if (pos !== null) {
    const decoded = decodePositionsParam(pos, (id) => s.index.actors.has(id));
    notices.push(...decoded.notices);
    if (decoded.moved.size) s.setLinkedPositions(decoded.moved);
  }
  if (notices.length) s.notify(`Some link settings were ignored. ${notices.join(' ')}`);
  return notices;
}

/**
 * Restores the view from the page URL, then keeps the URL in step with the store so the address
 * bar is always a share link. replaceState (no history entries) and at most one write per interval,
 * because playback changes the time many times a second. Returns a function that stops syncing.
 */
export function startUrlSync(store: EntenteStore, win: Window = window, intervalMs = 300): () => void {
  const defaults = shareStateOf(store.getState());
  const search = win.location.search;
  const named = decodeDatasetParams(search);
  if (named.kind === 'linked') {
    // Made on an imported dataset: it waits until the library says whether this browser has it.
    store.setState({ pendingLink: { ...named.dataset, search } });
  } else {
    if (named.kind === 'invalid') store.getState().notify(named.notice);
    applyShareParams(store, search, defaults);
    store.setState({ linkForBuiltIn: isShareLink(search) });
  }
  let last = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const state = store.getState();
    // The address bar keeps the waiting link (a reload must still find it) until the user decides.
    if (state.pendingLink) return;
    const moved = encodePositionsParam(state.movedPositions);
    const dataset = encodeDatasetParams(activeLinkedDataset(state));
    const query =
      encodeShareParams(shareStateOf(state), defaults) +
      (moved ? `&pos=${moved}` : '') +
      (dataset ? `&${dataset}` : '');
    if (query === last) return;
    last = query;
    const { pathname, hash } = win.location;
    win.history.replaceState(win.history.state, '', `${pathname}?${query}${hash}`);
  };
  write();
  const unsubscribe = store.subscribe(() => {
    timer ??= setTimeout(write, intervalMs);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
