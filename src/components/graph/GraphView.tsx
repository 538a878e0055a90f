import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { cyNodeId, type LabelFor } from '../../graph/elements';
import type { Positions } from '../../graph/layout';
import { stylesheet } from '../../graph/stylesheet';
import type { DatasetIndex } from '../../model';
import { addPendingChunk, syncGraphFrame } from '../../graph/frame-sync';
import {
  type EntenteState,
  selectFrame,
  selectLooks,
  selectRelationBudget,
  selectStoryHighlight,
  useEntente,
  useEntenteStore,
} from '../../store';
import { GraphControls } from '../GraphControls';
import { bindGraphEvents } from './graph-events';
import { applySelection } from './graph-selection';
import { applyHighlight } from './graph-highlight';
import { type DrawnMode, drawGrouped, leaveGrouped, placementMemo } from './graph-groups';
import { type Hover, HoverCard } from '../HoverCard';
import { fitPositions, viewportFor } from './graph-frame';
import { aliveBox } from '../../graph/positions';
import { LEGEND_RESERVE, type LayoutRefs } from './layout-refs';
import { LayoutBar } from '../LayoutBar';
import { useCameraFit } from './use-camera-fit';
import { useLayoutCommands } from './use-layout-commands';
import { useSpanLayout } from './use-span-layout';
import { createPatchScheduler } from './patch-scheduler';
import { FIRST_CHUNK, nextChunkSize } from './chunk-size';
import {
  graphStyleOptions,
  graphTuning,
  isLargeGraph,
  noteZoom,
  setViewportOptions,
  trackMotion,
} from './graph-lod';

type GraphRuntime = typeof import('../../graph/runtime');

/** What a graph frame depends on: the shared state at t (new on every time change) and the filters. */
const selectFrameInputs = (s: EntenteState) => ({ frame: selectFrame(s), filters: s.filters });

/**
 * Exposed for exports and browser tests: the one live cy instance, where every actor of the dataset
 * is drawn (on screen now or not), and the short names the canvas draws.
 */
export interface GraphHandle {
  cy: Core | null;
  positions?: () => Positions;
  labelFor?: () => LabelFor | undefined;
}
export const graphHandle: GraphHandle = { cy: null };

/** The graph canvas: one cy for the component's life; time changes patch it, never re-layout it. */
export function GraphView() {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const positions = useRef<Positions>(new Map());
  const layoutKeyRef = useRef('');
  const job = useRef<LayoutRefs['job']['current']>(null);
  const undo = useRef<LayoutRefs['undo']['current']>(null);
  const autoFit = useRef(true);
  const placed = useRef<DatasetIndex | null>(null);
  const [refs] = useState<LayoutRefs>(() => ({
    cy: cyRef,
    positions,
    key: layoutKeyRef,
    job,
    undo,
    autoFit,
    placed,
  }));
  const labelSize = useRef(11);
  const labelFor = useRef<LabelFor | undefined>(undefined);
  const store = useEntenteStore();
  const index = useEntente((s) => s.index);
  const inputs = useEntente(useShallow(selectFrameInputs));
  const theme = useEntente((s) => s.theme);
  const webgl = useEntente((s) => s.webgl);
  const selection = useEntente((s) => s.selection);
  const focus = useEntente((s) => s.focus);
  const highlight = useEntente(selectStoryHighlight);
  const [hover, setHover] = useState<Hover | null>(null);
  const [runtime, setRuntime] = useState<GraphRuntime | null>(null);
  const budget = useEntente(selectRelationBudget);
  const moving = useEntente((s) => s.moving || s.playing);
  const large = useRef(false);
  const styleKey = useRef('');
  const drawnMode = useRef<DrawnMode>('actors');
  const [placement] = useState(placementMemo);
  const grouped = useEntente((s) => s.grouped);
  const expanded = useEntente((s) => s.expandedCommunities);
  const pendingChunk = useRef(0);
  const chunkSize = useRef(FIRST_CHUNK);
  const drawAfterChunks = useRef(false);
  const drawRef = useRef<() => void>(() => undefined);

  // A time change refills one set of typed arrays and patches only the edges whose look changed.
  const drawFrame = useCallback(() => {
    const cy = cyRef.current;
    const state = store.getState();
    if (!cy || placed.current !== state.index) return;
    // Grouped: clearing cy for the grouped picture also drops a first draw still waiting in chunks.
    if (state.grouped && state.communities) {
      drawGrouped(cy, state, positions.current, placement, labelFor.current ?? ((_id, l) => l), drawnMode);
      applySelection(cy, state.selection);
      return;
    }
    leaveGrouped(cy, drawnMode);
    // While a first draw is still going in, the next patch waits for it (it would add the rest at once).
    if (pendingChunk.current) {
      drawAfterChunks.current = true;
      return;
    }
    const { index: shown, state: pairs } = selectFrame(state);
    const looks = selectLooks(state);
    const tracker = graphTuning.changeList ? looks.tracker : undefined;
    // A large first draw goes in chunks, one per animation frame, so no frame styles thousands at once.
    const addRest = () => {
      pendingChunk.current = requestAnimationFrame(() => {
        if (cyRef.current !== cy) return;
        const began = performance.now();
        const more = addPendingChunk(cy, chunkSize.current);
        // The next chunk is sized so that taking it in costs about the budget (chunk-size.ts).
        chunkSize.current = nextChunkSize(chunkSize.current, performance.now() - began);
        if (more) return addRest();
        pendingChunk.current = 0;
        const now = store.getState();
        applySelection(cy, now.selection);
        applyHighlight(cy, selectStoryHighlight(now));
        if (drawAfterChunks.current) {
          drawAfterChunks.current = false;
          drawRef.current();
        }
      });
    };
    const chunks = {
      size: chunkSize.current,
      schedule: () => {
        if (!pendingChunk.current) addRest();
      },
    };
    syncGraphFrame(cy, shown, pairs, state.filters, positions.current, labelFor.current, tracker, chunks);
    applySelection(cy, state.selection);
  }, [store, placement]);
  drawRef.current = drawFrame;

  // A single step patches in its own task; while time moves, one patch per drawn frame (the newest state).
  const [patches] = useState(() => createPatchScheduler(() => drawRef.current()));
  const scheduleDraw = useCallback(() => {
    const { playing, moving: busy } = store.getState();
    patches.request((playing || busy) && graphTuning.onePatchPerFrame, graphTuning.patchInInputFrame);
  }, [store, patches]);

  // One stylesheet for theme, renderer, zoom and motion; re-applied only when one of them changes it.
  const restyle = useCallback(
    (cy: Core, force = false) => {
      const s = store.getState();
      const options = graphStyleOptions(s, labelSize.current, large.current);
      const key = JSON.stringify([s.theme, options]);
      if (!force && key === styleKey.current) return;
      styleKey.current = key;
      cy.style(stylesheet(s.theme, options));
    },
    [store],
  );

  useEffect(() => trackMotion(store), [store]);

  useEffect(() => {
    let live = true;
    void import('../../graph/runtime').then((loaded) => {
      if (live) setRuntime(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!runtime) return;
    const cy = runtime.cytoscape({
      container: container.current,
      style: stylesheet(store.getState().theme, { dashes: !webgl, fade: false }),
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    graphHandle.cy = cy;
    patches.attach(cy);
    restyle(cy, true);
    graphHandle.positions = () => positions.current;
    graphHandle.labelFor = () => labelFor.current;
    const unbind = bindGraphEvents(cy, {
      store,
      setHover,
      positions,
      layoutKey: layoutKeyRef,
      drawnMode,
      autoFit,
      labelSize,
      restyle,
    });
    // A new renderer (WebGL toggle) gets a new cy: it draws the positions already computed, no layout.
    if (positions.current.size) {
      drawFrame();
      fitPositions(cy, positions.current, 30, LEGEND_RESERVE);
    }
    return () => {
      unbind();
      patches.cancel();
      cancelAnimationFrame(pendingChunk.current);
      pendingChunk.current = 0;
      drawAfterChunks.current = false;
      cy.destroy();
      drawnMode.current = 'actors';
      cyRef.current = null;
      if (graphHandle.cy === cy) graphHandle.cy = null;
    };
  }, [runtime, store, webgl, drawFrame, restyle, patches]);

  useEffect(() => {
    if (runtime) labelFor.current = runtime.labelForIndex(index);
    large.current = isLargeGraph(index);
    const cy = cyRef.current;
    if (!cy) return;
    setViewportOptions(cy, large.current, webgl);
    restyle(cy);
    noteZoom(store, cy);
  }, [index, runtime, store, webgl, restyle]);

  // A new dataset places every actor of the whole span once (shipped, cached or in the layout worker).
  useSpanLayout(refs, store, runtime, drawFrame);
  useLayoutCommands(refs, store);
  useCameraFit(refs);

  useEffect(() => scheduleDraw(), [inputs, budget, expanded, scheduleDraw]);

  // An expanded community makes room: the camera frames the new picture unless the user took it.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || drawnMode.current !== 'grouped' || !autoFit.current) return;
    const box = aliveBox(cy);
    if (box) cy.animate(viewportFor(cy, box, 30, LEGEND_RESERVE), { duration: 300 });
  }, [expanded]);

  // Grouping or ungrouping redraws at once and frames the new picture (unless the user took the camera).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !positions.current.size) return;
    drawFrame();
    const box = grouped ? aliveBox(cy) : null;
    if (box) cy.viewport(viewportFor(cy, box, 30, LEGEND_RESERVE));
    else fitPositions(cy, positions.current, 30, LEGEND_RESERVE);
    autoFit.current = true;
  }, [grouped, drawFrame]);

  useEffect(() => {
    if (cyRef.current) restyle(cyRef.current);
  }, [theme, webgl, moving, restyle]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applySelection(cy, selection);
  }, [selection, runtime, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyHighlight(cy, highlight);
  }, [highlight, runtime, webgl, index]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focus) return;
    // A search hit inside a folded community opens it, so the actor can be shown.
    const state = store.getState();
    const k = state.grouped ? state.communities?.of.get(focus.id) : undefined;
    if (k !== undefined && cy.getElementById(cyNodeId(focus.id)).empty()) {
      state.expandCommunity(k);
      drawFrame();
    }
    const node = cy.getElementById(cyNodeId(focus.id));
    if (node.nonempty())
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
  }, [focus, store, drawFrame]);

  return (
    <>
      <div
        ref={container}
        className="graph"
        data-testid="graph"
        // Cytoscape sends no mouseout when the pointer leaves the canvas straight from an element.
        onMouseLeave={() => setHover(null)}
        role="img"
        aria-label="Alliance graph: click a node or relation to inspect it"
      />
      {hover && <HoverCard hover={hover} />}
      <LayoutBar />
      <GraphControls
        onZoom={(factor) => {
          const cy = cyRef.current;
          if (!cy) return;
          autoFit.current = false;
          const centre = { x: cy.width() / 2, y: (cy.height() - LEGEND_RESERVE) / 2 };
          cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: centre } }, { duration: 150 });
        }}
        onFit={() => {
          autoFit.current = true;
          const cy = cyRef.current;
          const box = cy && drawnMode.current === 'grouped' ? aliveBox(cy) : null;
          if (cy && box) cy.viewport(viewportFor(cy, box, 30, LEGEND_RESERVE));
          else if (cy) fitPositions(cy, positions.current, 30, LEGEND_RESERVE);
        }}
        arrangeDisabled={grouped}
        onArrange={() => store.getState().arrangeForDate()}
      />
    </>
  );
}
