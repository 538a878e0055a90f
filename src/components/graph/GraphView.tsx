import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LabelFor } from '../../graph/elements';
import type { Positions } from '../../graph/layout';
import { stylesheet } from '../../graph/stylesheet';
import type { DatasetIndex } from '../../model';
import {
  type EntenteState,
  selectAwaitingGroups,
  selectFrame,
  selectRelationBudget,
  useEntente,
  useEntenteStore,
} from '../../store';
import { markStartup } from '../../boot/startup-marks';
import { GraphControls } from '../GraphControls';
import { bindGraphEvents } from './graph-events';
import type { DrawnMode } from './graph-groups';
import { type Hover, HoverCard } from '../HoverCard';
import { fitPositions, freeRectOf, viewportFor } from './graph-frame';
import { aliveBox } from '../../graph/positions';
import { type GraphRuntime, loadGraphRuntime, loadedGraphRuntime } from '../../graph/runtime-loader';
import type { LayoutRefs } from './layout-refs';
import { LayoutBar } from '../LayoutBar';
import { useCameraFit } from './use-camera-fit';
import { useLayoutCommands } from './use-layout-commands';
import { useSpanLayout } from './use-span-layout';
import { useFrameDraw } from './use-frame-draw';
import { useViewFollow } from './use-view-follow';
import { useLegibility } from './use-legibility';
import { graphStyleOptions, isLargeGraph, noteZoom, setViewportOptions, trackMotion } from './graph-lod';

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
  const [hover, setHover] = useState<Hover | null>(null);
  const [runtime, setRuntime] = useState<GraphRuntime | null>(loadedGraphRuntime);
  const budget = useEntente(selectRelationBudget);
  const expanded = useEntente((s) => s.expandedCommunities);
  const grouped = useEntente((s) => s.grouped);
  const awaitingGroups = useEntente(selectAwaitingGroups);
  const moving = useEntente((s) => s.moving || s.playing);
  const large = useRef(false);
  const styleKey = useRef('');
  const drawnMode = useRef<DrawnMode>('actors');
  const [frameRefs] = useState(() => ({ cy: cyRef, positions, placed, drawnMode, labelFor }));
  const legibility = useLegibility(cyRef, store);
  const { drawFrame, scheduleDraw, cancel, attach } = useFrameDraw(frameRefs, store, legibility.afterDraw);

  // One stylesheet for theme, renderer, zoom and motion; re-applied only when one of them changes it.
  const restyle = useCallback(
    (cy: Core, force = false) => {
      const s = store.getState();
      const options = graphStyleOptions(s, labelSize.current, large.current);
      const key = JSON.stringify([s.theme, options]);
      if (!force && key === styleKey.current) return;
      styleKey.current = key;
      cy.style(stylesheet(s.theme, options));
      legibility.schedule();
    },
    [store, legibility],
  );

  useEffect(() => trackMotion(store), [store]);

  useEffect(() => {
    if (runtime) return;
    let live = true;
    void loadGraphRuntime().then((loaded) => {
      if (live) setRuntime(loaded);
    });
    return () => {
      live = false;
    };
  }, [runtime]);

  useEffect(() => {
    if (!runtime) return;
    large.current = isLargeGraph(store.getState().index);
    const cy = runtime.cytoscape({
      container: container.current,
      // No sheet here: restyle() below applies the one for this dataset and zoom, so it is parsed once.
      style: [],
      // Low enough to frame a wide layout on a phone: names and nodes keep their size on screen (stylesheet unit).
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    markStartup('graph-created');
    graphHandle.cy = cy;
    attach(cy);
    restyle(cy, true);
    graphHandle.positions = () => positions.current;
    graphHandle.labelFor = () => labelFor.current;
    // A camera move, a new pane size, panels coming and going (the camera hook's 'freearea') or nodes
    // moved (a layout landing) re-place names, at most once per frame.
    cy.on('viewport resize freearea position', legibility.schedule);
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
      fitPositions(cy, positions.current);
    }
    return () => {
      unbind();
      cancel();
      cy.destroy();
      drawnMode.current = 'actors';
      cyRef.current = null;
      if (graphHandle.cy === cy) graphHandle.cy = null;
    };
  }, [runtime, store, webgl, drawFrame, restyle, cancel, attach, legibility]);

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

  useEffect(() => scheduleDraw(), [inputs, budget, expanded, awaitingGroups, scheduleDraw]);
  useViewFollow(frameRefs, autoFit, store, drawFrame, `${runtime !== null}:${webgl}`);

  useEffect(() => {
    if (cyRef.current) restyle(cyRef.current);
  }, [theme, webgl, moving, expanded, grouped, restyle]);

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
          const free = freeRectOf(cy);
          const centre = { x: (free.x1 + free.x2) / 2, y: (free.y1 + free.y2) / 2 };
          cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: centre } }, { duration: 150 });
        }}
        onFit={() => {
          autoFit.current = true;
          const cy = cyRef.current;
          const box = cy && drawnMode.current === 'grouped' ? aliveBox(cy) : null;
          if (cy && box) cy.viewport(viewportFor(cy, box));
          else if (cy) fitPositions(cy, positions.current);
        }}
        arrangeDisabled={grouped}
        onArrange={() => store.getState().arrangeForDate()}
      />
    </>
  );
}
