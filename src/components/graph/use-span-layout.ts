import { useEffect, useRef } from 'react';
import type { Positions } from '../../graph/layout';
import { applyPositions, xyToPositions } from '../../graph/positions';
import type { GraphRuntime as Runtime } from '../../graph/runtime-loader';
import type { Point } from '../../model';
import { initialPlacement } from '../../model/span-layout/initial-placement';
import { layoutKey } from '../../model/span-layout/layout-key';
import { positionsFromRecord, positionsToRecord } from '../../model/span-layout/positions-field';
import { DEFAULT_ITERATIONS, type SpanGraph, spanGraph } from '../../model/span-layout/span-graph';
import { useEntente, type EntenteStore } from '../../store';
import { spanLayoutClient } from '../../workers/layout-client-instance';
import { fitPositions, freeRectOf } from './graph-frame';
import { noteZoom } from './graph-lod';
import { type LayoutRefs, layoutCache, withMoved } from './layout-refs';

/** Pause between two drawn layout progress frames per actor: 0.8 s at 2,000 actors, 40 ms at 100. */
const PROGRESS_GAP_MS_PER_ACTOR = 0.4;
/** On-screen distance under which a layout progress frame leaves a node where it is. */
const MIN_PROGRESS_MOVE_PX = 0.35;

/**
 * Start positions for the worker: known actors (shipped or cached positions) stay fixed where they
 * are, the others start at the centre of their known neighbours, or on the spiral when they have none.
 */
function startFrom(graph: SpanGraph, known: ReadonlyMap<string, Point>, seed: number) {
  const xy = initialPlacement(graph, seed);
  const fixed = new Uint8Array(graph.ids.length);
  graph.ids.forEach((id, i) => {
    const p = known.get(id);
    if (!p) return;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
    fixed[i] = 1;
  });
  if (!known.size) return { xy, fixed: undefined };
  const sum = new Float64Array(3 * graph.ids.length);
  for (let k = 0; k < graph.source.length; k++) {
    for (const [from, to] of [
      [graph.source[k], graph.target[k]],
      [graph.target[k], graph.source[k]],
    ]) {
      if (!fixed[from] || fixed[to]) continue;
      sum[3 * to] += xy[2 * from];
      sum[3 * to + 1] += xy[2 * from + 1];
      sum[3 * to + 2] += 1;
    }
  }
  graph.ids.forEach((_, i) => {
    if (fixed[i] || !sum[3 * i + 2]) return;
    // A little offset per actor, so two newcomers with the same neighbours do not start on one spot.
    xy[2 * i] = sum[3 * i] / sum[3 * i + 2] + 20 * Math.cos(i);
    xy[2 * i + 1] = sum[3 * i + 1] / sum[3 * i + 2] + 20 * Math.sin(i);
  });
  return { xy, fixed };
}

/**
 * Places every actor of the whole span once per dataset: from the dataset's shipped positions or the
 * position cache when they cover every actor (no layout at all), else in the layout worker. The graph
 * shows at once in a spiral and settles as progress messages arrive, each applied in one batch.
 * `layoutRequest` (Re-layout) ignores shipped and cached positions and drags, and can be undone.
 */
export function useSpanLayout(
  refs: LayoutRefs,
  store: EntenteStore,
  runtime: Runtime | null,
  draw: () => void,
) {
  const index = useEntente((s) => s.index);
  const layoutRequest = useEntente((s) => s.layoutRequest);
  const seenRequest = useRef(layoutRequest);

  useEffect(() => {
    if (!runtime) return;
    let live = true;
    const forced = layoutRequest !== seenRequest.current;
    seenRequest.current = layoutRequest;
    if (forced) {
      refs.undo.current = {
        positions: new Map(refs.positions.current),
        moved: store.getState().movedPositions,
      };
    }
    const pane = () => {
      const cy = refs.cy.current;
      if (!cy) return { width: 740, height: 480 };
      const free = freeRectOf(cy);
      return { width: free.x2 - free.x1 - 60, height: free.y2 - free.y1 - 60 };
    };
    const show = (positions: Positions, fit: boolean, progress = false) => {
      refs.positions.current = positions;
      const cy = refs.cy.current;
      if (!cy) return;
      if (refs.placed.current !== index) {
        refs.placed.current = index;
        cy.batch(() => cy.elements().remove());
        // Camera first: a large graph framed whole is zoomed out, so its first draw already leaves out
        // the weaker relations (level of detail) instead of drawing them all once.
        if (fit) fitPositions(cy, positions);
        noteZoom(store, cy);
        draw();
        return;
      }
      // Grouped, the picture is placed from these positions (src/model/communities): a redraw re-places it.
      if (store.getState().grouped) {
        draw();
        return;
      }
      // Progress frames move only what moved at least a third of a pixel on screen.
      applyPositions(cy, positions, progress ? MIN_PROGRESS_MOVE_PX / cy.zoom() : 0);
      if (fit) fitPositions(cy, positions);
    };

    void (async () => {
      // Its own task: the new index's React commit is already a long one on a large dataset.
      if (index.actorOrder.length > 300) await new Promise((resolve) => setTimeout(resolve, 0));
      if (!live) return;
      const graph = spanGraph(index);
      // Shipped positions for every actor: drawn at once, before the key is hashed and the cache read
      // (which then only adds a Re-layout's positions or the user's drags, if there are any).
      const shipped = forced ? new Map<string, Point>() : positionsFromRecord(index.dataset.positions);
      const complete = graph.ids.every((id) => shipped.has(id));
      if (complete) show(withMoved(shipped, new Map(store.getState().linkedPositions ?? [])), true);
      const key = layoutKey(index);
      refs.key.current = key;
      const cached = forced
        ? undefined
        : await layoutCache()
            .load(key)
            .catch(() => undefined);
      if (!live) return;
      const state = store.getState();
      const known = forced
        ? new Map<string, Point>()
        : new Map([
            ...positionsFromRecord(index.dataset.positions),
            ...positionsFromRecord(cached?.positions),
          ]);
      const moved = forced
        ? new Map<string, Point>()
        : new Map([...positionsFromRecord(cached?.moved), ...(state.linkedPositions ?? [])]);
      state.setLinkedPositions(null);
      state.setMovedPositions(moved);
      if (forced)
        void layoutCache()
          .saveMoved(key, {})
          .catch(() => undefined);
      if (complete) {
        if (cached?.positions || moved.size) show(withMoved(known, moved), refs.autoFit.current);
        return;
      }
      if (graph.ids.every((id) => known.has(id))) {
        show(withMoved(known, moved), true);
        return;
      }
      const start = startFrom(graph, known, layoutRequest);
      show(withMoved(xyToPositions(graph.ids, start.xy), moved), true);
      const status = {
        purpose: 'span' as const,
        done: 0,
        total: DEFAULT_ITERATIONS,
        actors: graph.ids.length,
      };
      state.setLayoutStatus(status);
      // At most one redraw per animation frame, with the newest positions (older ones are skipped), and
      // on large graphs with a pause between: one redraw of 2,000 nodes is 150-500 ms of canvas work here,
      // so redrawing every frame would leave the page no time for the user while the layout settles.
      let pending: { xy: Float32Array; done: number; total: number } | null = null;
      const gap = graph.ids.length * PROGRESS_GAP_MS_PER_ACTOR;
      let lastShown = -Infinity;
      // A frame queued before a Cancel must not redraw the bar after the job has ended.
      let running = true;
      const applyLatest = () => {
        if (!live || !running || !pending) return;
        const { xy, done, total } = pending;
        pending = null;
        lastShown = performance.now();
        const laid = xyToPositions(graph.ids, xy);
        // Known actors stay put, so only a fresh layout is rescaled while it settles.
        show(
          withMoved(start.fixed ? laid : runtime.compactPositions(laid), moved),
          refs.autoFit.current,
          true,
        );
        store.getState().setLayoutStatus({ ...status, done, total });
      };
      const job = spanLayoutClient.start(graph, start.xy, {
        fixed: start.fixed,
        onProgress: (xy, done, total) => {
          if (!pending) {
            const wait = lastShown + gap - performance.now();
            if (wait > 0) setTimeout(() => requestAnimationFrame(applyLatest), wait);
            else requestAnimationFrame(applyLatest);
          }
          pending = { xy, done, total };
        },
      });
      refs.job.current = job;
      const xy = await job.result;
      running = false;
      if (refs.job.current === job) refs.job.current = null;
      if (!live) return;
      store.getState().setLayoutStatus(null);
      // Cancelled: the actors stay where the layout had got to, and nothing is cached.
      if (!xy) return;
      const laid = xyToPositions(graph.ids, xy);
      const final = start.fixed ? laid : runtime.finishLayout(index, laid, pane());
      show(withMoved(final, moved), refs.autoFit.current);
      void layoutCache()
        .savePositions(key, positionsToRecord(final))
        .catch(() => undefined);
      if (forced) store.getState().setLayoutUndo('Re-layout');
    })();
    return () => {
      live = false;
      refs.job.current?.cancel();
      store.getState().setLayoutStatus(null);
    };
  }, [index, layoutRequest, runtime, refs, store, draw]);
}
