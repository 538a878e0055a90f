import type { Core } from 'cytoscape';
import { type MutableRefObject, useCallback, useRef, useState } from 'react';
import type { LabelFor } from '../../graph/elements';
import { markStartup } from '../../boot/startup-marks';
import { addPendingChunk, syncGraphFrame } from '../../graph/frame-sync';
import { addWaitingGrouped } from '../../graph/grouped-sync';
import type { Positions } from '../../graph/layout';
import type { DatasetIndex } from '../../model';
import {
  type EntenteStore,
  selectAwaitingGroups,
  selectFrame,
  selectLooks,
  selectStoryHighlight,
} from '../../store';
import { type DrawnMode, clearForGroups, drawGrouped, leaveGrouped, placementMemo } from './graph-groups';
import { applyHighlight } from './graph-highlight';
import { graphTuning } from './graph-lod';
import { applySelection } from './graph-selection';
import { FIRST_CHUNK, GROUPED_CHUNK, nextChunkSize } from './chunk-size';
import { createPatchScheduler } from './patch-scheduler';

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
 * only the edges whose look changed. A single step patches in its own task; while time moves, one
 * patch per drawn frame with the newest state, made inside Cytoscape's frame so it is drawn in it
 * (patch-scheduler.ts). `attach` hooks a new cy; `cancel` drops whatever is waiting (a cy going away).
 */
export function useFrameDraw(
  refs: FrameDrawRefs,
  store: EntenteStore,
  afterDraw: (cy: Core, actorsDrawn?: boolean) => void,
) {
  const [placement] = useState(placementMemo);
  const pendingChunk = useRef(0);
  const chunkSize = useRef(FIRST_CHUNK);
  const drawAfterChunks = useRef(false);
  const drawRef = useRef<() => void>(() => undefined);
  const after = useRef(afterDraw);
  after.current = afterDraw;
  const drawn = (cy: Core, actorsDrawn?: boolean) => {
    markStartup('graph-drawn', () => cy.elements().length > 0);
    after.current(cy, actorsDrawn);
  };

  const drawFrame = useCallback(() => {
    const cy = refs.cy.current;
    const state = store.getState();
    if (!cy || refs.placed.current !== state.index) return;
    const labelFor = refs.labelFor.current;
    // A large first draw goes in chunks, one per animation frame, so no frame styles thousands at once.
    const addRest = () => {
      pendingChunk.current = requestAnimationFrame(() => {
        if (refs.cy.current !== cy) return;
        const began = performance.now();
        let more: boolean;
        if (refs.drawnMode.current === 'grouped') more = addWaitingGrouped(cy, GROUPED_CHUNK);
        else {
          more = addPendingChunk(cy, chunkSize.current);
          // The next chunk is sized so that taking it in costs about the budget (chunk-size.ts).
          chunkSize.current = nextChunkSize(chunkSize.current, performance.now() - began);
        }
        if (more) return addRest();
        pendingChunk.current = 0;
        const now = store.getState();
        applySelection(cy, now.selection);
        if (refs.drawnMode.current === 'actors') applyHighlight(cy, selectStoryHighlight(now));
        drawn(cy);
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
    // Grouped: clearing cy for the grouped picture also drops a first draw still waiting in chunks.
    if (state.grouped && state.communities) {
      const actors = drawGrouped(
        cy,
        state,
        refs.positions.current,
        placement,
        labelFor ?? ((_id, l) => l),
        refs.drawnMode,
        { ...chunks, size: GROUPED_CHUNK },
      );
      applySelection(cy, state.selection);
      drawn(cy, actors !== 0);
      return;
    }
    // A large set opens grouped: until its communities are found there is nothing worth drawing.
    if (selectAwaitingGroups(state)) {
      cancelAnimationFrame(pendingChunk.current);
      pendingChunk.current = 0;
      clearForGroups(cy, refs.drawnMode);
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
    syncGraphFrame(cy, shown, pairs, state.filters, refs.positions.current, labelFor, tracker, chunks);
    applySelection(cy, state.selection);
    // A chapter opened by a share link names actors before they are drawn: ring them once they are.
    applyHighlight(cy, selectStoryHighlight(state));
    drawn(cy);
  }, [store, placement, refs]);
  drawRef.current = drawFrame;

  const [patches] = useState(() => createPatchScheduler(() => drawRef.current()));
  const scheduleDraw = useCallback(() => {
    const { playing, moving: busy } = store.getState();
    patches.request((playing || busy) && graphTuning.onePatchPerFrame, graphTuning.patchInInputFrame);
  }, [store, patches]);

  const cancel = useCallback(() => {
    patches.cancel();
    cancelAnimationFrame(pendingChunk.current);
    pendingChunk.current = 0;
    drawAfterChunks.current = false;
  }, [patches]);

  return { drawFrame, scheduleDraw, cancel, attach: patches.attach };
}
