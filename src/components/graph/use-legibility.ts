import type { Core } from 'cytoscape';
import { type MutableRefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { type EntenteStore, selectStoryHighlight, useEntente } from '../../store';
import { freeRectOf } from './graph-frame';
import { applyImportance, placeLabels } from './graph-legibility';
import { LARGE_GRAPH_ACTORS } from './graph-lod';

/** A large graph re-places its names once the camera rests this long, not on every frame of a move. */
const LARGE_REST_MS = 150;

/**
 * Keeps the names legible: after every draw the actors are re-sized by importance (only changed
 * nodes), and the names are re-placed at most once per animation frame after a draw, a camera move or
 * a restyle (on large graphs once the camera rests). Returns `afterDraw` for the frame draw and
 * `schedule` for anything else that moves names.
 */
export function useLegibility(cyRef: MutableRefObject<Core | null>, store: EntenteStore) {
  const pending = useRef<{ frame: number; timer?: ReturnType<typeof setTimeout> }>({ frame: 0 });
  const selection = useEntente((s) => s.selection);
  const chapter = useEntente(selectStoryHighlight);

  const schedule = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const place = () => {
      pending.current.frame = 0;
      if (cyRef.current === cy && !cy.destroyed()) placeLabels(cy, freeRectOf(cy));
    };
    if (cy.nodes().length > LARGE_GRAPH_ACTORS) {
      clearTimeout(pending.current.timer);
      pending.current.timer = setTimeout(place, LARGE_REST_MS);
    } else if (!pending.current.frame) pending.current.frame = requestAnimationFrame(place);
  }, [cyRef]);

  const afterDraw = useCallback(
    (cy: Core, actorsDrawn = true) => {
      // A folded map has no actor to size: ranking every actor of the set would be a wasted pass per frame.
      if (actorsDrawn) applyImportance(cy, store.getState());
      schedule();
    },
    [store, schedule],
  );

  useEffect(() => {
    if (cyRef.current) afterDraw(cyRef.current);
  }, [selection, chapter, afterDraw, cyRef]);

  useEffect(() => {
    const timers = pending.current;
    return () => {
      cancelAnimationFrame(timers.frame);
      clearTimeout(timers.timer);
    };
  }, []);

  return useMemo(() => ({ afterDraw, schedule }), [afterDraw, schedule]);
}
