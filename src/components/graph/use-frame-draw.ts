import type { Core } from 'cytoscape';
import { type MutableRefObject, useCallback, useRef, useState } from 'react';
import type { LabelFor } from '../../graph/elements';
import { addPendingChunk, syncGraphFrame } from '../../graph/frame-sync';
import type { Positions } from '../../graph/layout';
import type { DatasetIndex } from '../../model';
import { type EntenteStore, selectFrame, selectLooks, selectStoryHighlight } from '../../store';
import { type DrawnMode, drawGrouped, leaveGrouped, placementMemo } from './graph-groups';
import { applyHighlight } from './graph-highlight';
import { graphTuning } from './graph-lod';
import { applySelection } from './graph-selection';

/** Elements added per animation frame when a new dataset draws (about 60-90 ms of Cytoscape styling here). */
const FIRST_DRAW_CHUNK = 300;

/** The refs a frame draw reads: the live cy, the span positions, what cy holds and the short names. */
export interface FrameDrawRefs {
  cy: MutableRefObject<Core | null>;
  positions: MutableRefObject<Positions>;
  placed: MutableRefObject<DatasetIndex | null>;
  drawnMode: MutableRefObject<DrawnMode>;
  labelFor: MutableRefObject<LabelFor | undefined>;
}

/**
 * The draw of one frame and its scheduler. A time change refills one set of typed arrays and patches
 * only the edges whose look changed; while time moves, at most one patch per animation frame with the
 * latest state (skipped, never queued). `cancel` drops whatever is waiting (a cy going away).
 */
export function useFrameDraw(refs: FrameDrawRefs, store: EntenteStore, afterDraw: (cy: Core) => void) {
  const [placement] = useState(placementMemo);
  const pendingDraw = useRef(0);
  const pendingChunk = useRef(0);
  const drawAfterChunks = useRef(false);
  const drawRef = useRef<() => void>(() => undefined);
  const after = useRef(afterDraw);
  after.current = afterDraw;

  const drawFrame = useCallback(() => {
    const cy = refs.cy.current;
    const state = store.getState();
    if (!cy || refs.placed.current !== state.index) return;
    const labelFor = refs.labelFor.current;
    // Grouped: clearing cy for the grouped picture also drops a first draw still waiting in chunks.
    if (state.grouped && state.communities) {
      drawGrouped(cy, state, refs.positions.current, placement, labelFor ?? ((_id, l) => l), refs.drawnMode);
      applySelection(cy, state.selection);
      after.current(cy);
      return;
    }
    leaveGrouped(cy, refs.drawnMode);
    // While a first draw is still going in, the next patch waits for it (it would add the rest at once).
    if (pendingChunk.current) {
      drawAfterChunks.current = true;
      return;
    }
    const { index: shown, state: pairs } = selectFrame(state);
    const tracker = graphTuning.changeList ? selectLooks(state).tracker : undefined;
    // A large first draw goes in chunks, one per animation frame, so no frame styles thousands at once.
    const addRest = () => {
      pendingChunk.current = requestAnimationFrame(() => {
        if (refs.cy.current !== cy) return;
        if (addPendingChunk(cy, FIRST_DRAW_CHUNK)) return addRest();
        pendingChunk.current = 0;
        const now = store.getState();
        applySelection(cy, now.selection);
        applyHighlight(cy, selectStoryHighlight(now));
        after.current(cy);
        if (drawAfterChunks.current) {
          drawAfterChunks.current = false;
          drawRef.current();
        }
      });
    };
    const chunks = {
      size: FIRST_DRAW_CHUNK,
      schedule: () => {
        if (!pendingChunk.current) addRest();
      },
    };
    syncGraphFrame(cy, shown, pairs, state.filters, refs.positions.current, labelFor, tracker, chunks);
    applySelection(cy, state.selection);
    // A chapter opened by a share link names actors before they are drawn: ring them once they are.
    applyHighlight(cy, selectStoryHighlight(state));
    after.current(cy);
  }, [store, placement, refs]);
  drawRef.current = drawFrame;

  const scheduleDraw = useCallback(() => {
    const { playing, moving: busy } = store.getState();
    if ((!playing && !busy) || !graphTuning.onePatchPerFrame) {
      cancelAnimationFrame(pendingDraw.current);
      pendingDraw.current = 0;
      drawFrame();
    } else if (!pendingDraw.current) {
      pendingDraw.current = requestAnimationFrame(() => {
        pendingDraw.current = 0;
        drawFrame();
      });
    }
  }, [store, drawFrame]);

  const cancel = useCallback(() => {
    cancelAnimationFrame(pendingDraw.current);
    pendingDraw.current = 0;
    cancelAnimationFrame(pendingChunk.current);
    pendingChunk.current = 0;
    drawAfterChunks.current = false;
  }, []);

  return { drawFrame, scheduleDraw, cancel };
}
