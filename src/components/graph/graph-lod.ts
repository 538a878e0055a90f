import type { Core } from 'cytoscape';
import type { StyleOptions } from '../../graph/stylesheet';
import type { DatasetIndex } from '../../model';
import { type EntenteState, type EntenteStore, LOD_BUDGET, LOD_ZOOM } from '../../store';

/**
 * How the graph view spends its frames. The defaults are the app's; the bench flips them to measure
 * the behaviour before this work (fade always on, every pair checked per step, a patch per store
 * change) in the same run. Nothing else writes them.
 */
export const graphTuning = {
  /** Visit only the look tracker's change list (false: check every pair, the old full pass). */
  changeList: true,
  /** While time moves, patch at most once per animation frame (false: on every store change). */
  onePatchPerFrame: true,
  /** Keep the node fade while time moves (true: the old behaviour). */
  fadeWhileMoving: false,
  /** Large graphs: haystack relation lines and small labels skipped (false: the old stylesheet). */
  largeGraphStyle: true,
  /** Patch in the input's task or in Cytoscape's frame callback (false: on the next animation frame, a frame late). */
  patchInInputFrame: true,
};

/** Time that must pass without a time change before the graph counts as resting again. */
export const SETTLE_MS = 350;

/** Actors above which labels give way when small and edges hide during pan and zoom. */
export const LARGE_GRAPH_ACTORS = 300;

/** Whether a dataset is big enough for the level-of-detail measures (the seed data is not). */
export function isLargeGraph(index: DatasetIndex): boolean {
  return index.actorOrder.length > LARGE_GRAPH_ACTORS || index.pairs.length > LOD_BUDGET;
}

/**
 * Marks the store `moving` from the first time change (synchronously, so the very frame that moved is
 * already drawn lighter) until time has rested for SETTLE_MS and playback is off. Returns the unsubscribe.
 */
export function trackMotion(store: EntenteStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    timer = undefined;
    const state = store.getState();
    if (state.playing) return;
    state.setMoving(false);
  };
  const unsubscribe = store.subscribe((state, before) => {
    const stepped = state.time !== before.time || state.windowFrom !== before.windowFrom;
    if (stepped || (state.playing && !before.playing)) {
      state.setMoving(true);
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLE_MS);
    } else if (!state.playing && before.playing && timer === undefined) {
      timer = setTimeout(settle, SETTLE_MS);
    }
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Zoomed-out state for the level of detail, from cy's zoom. */
export function noteZoom(store: EntenteStore, cy: Core): void {
  store.getState().setZoomedOut(cy.zoom() < LOD_ZOOM);
}

/** The renderer fields behind Cytoscape's init options of the same names, read on every draw. */
interface ViewportOptions {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/**
 * Large graphs hide their edges while the user pans or zooms (Cytoscape's hideEdgesOnViewport;
 * textureOnViewport for the nodes): one cheap frame per gesture step instead of a full redraw. The
 * WebGL renderer draws fast enough and has no texture mode, so it keeps everything.
 */
export function setViewportOptions(cy: Core, large: boolean, webgl: boolean): void {
  const renderer = (cy as unknown as { renderer(): ViewportOptions | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = large && !webgl;
  renderer.textureOnViewport = large && !webgl;
}

/**
 * The stylesheet options for the current state: no fade while time moves or on a large graph (a fade
 * is several full redraws per step); on large graphs relations are drawn as haystack lines. (No name
 * under 11 px is drawn on any graph: the stylesheet's floor, src/graph/stylesheet.ts.)
 */
export function graphStyleOptions(
  s: Pick<EntenteState, 'webgl' | 'moving' | 'playing'> &
    Partial<Pick<EntenteState, 'grouped' | 'expandedCommunities'>>,
  labelSize: number,
  large: boolean,
): StyleOptions {
  return {
    dashes: !s.webgl,
    labelSize,
    fade: graphTuning.fadeWhileMoving || !(s.moving || s.playing || large),
    minLabelPx: large && graphTuning.largeGraphStyle ? 7 : 0,
    namedOnly: large,
    fastEdges: large && graphTuning.largeGraphStyle,
    communitiesOpen: !!s.grouped && (s.expandedCommunities?.size ?? 0) > 0,
  };
}
