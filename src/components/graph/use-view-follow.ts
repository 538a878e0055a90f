import { type MutableRefObject, useEffect } from 'react';
import { cyNodeId } from '../../graph/elements';
import { aliveBox } from '../../graph/positions';
import { type EntenteStore, selectStoryHighlight, useEntente } from '../../store';
import { fitPositions, freeRectOf, viewportFor } from './graph-frame';
import { applyHighlight } from './graph-highlight';
import { applySelection } from './graph-selection';
import type { FrameDrawRefs } from './use-frame-draw';

type FollowRefs = Pick<FrameDrawRefs, 'cy' | 'positions' | 'drawnMode'>;

/**
 * The canvas follows the store's view state: selection and story rings, grouping and expanded
 * communities (the camera frames the new picture unless the user took it) and a search focus.
 */
export function useViewFollow(
  refs: FollowRefs,
  autoFit: MutableRefObject<boolean>,
  store: EntenteStore,
  drawFrame: () => void,
  live: unknown,
) {
  const selection = useEntente((s) => s.selection);
  const focus = useEntente((s) => s.focus);
  const highlight = useEntente(selectStoryHighlight);
  const grouped = useEntente((s) => s.grouped);
  const expanded = useEntente((s) => s.expandedCommunities);
  const index = useEntente((s) => s.index);

  // An expanded community makes room: the camera frames the new picture unless the user took it.
  useEffect(() => {
    const cy = refs.cy.current;
    if (!cy || refs.drawnMode.current !== 'grouped' || !autoFit.current) return;
    const box = aliveBox(cy);
    if (box) cy.animate(viewportFor(cy, box), { duration: 300 });
  }, [expanded, refs, autoFit]);

  // Grouping or ungrouping redraws at once and frames the new picture (unless the user took the camera).
  useEffect(() => {
    const cy = refs.cy.current;
    if (!cy || !refs.positions.current.size) return;
    drawFrame();
    const box = grouped ? aliveBox(cy) : null;
    if (box) cy.viewport(viewportFor(cy, box));
    else fitPositions(cy, refs.positions.current);
    autoFit.current = true;
  }, [grouped, drawFrame, refs, autoFit]);

  useEffect(() => {
    const cy = refs.cy.current;
    if (cy) applySelection(cy, selection);
  }, [selection, live, refs]);

  useEffect(() => {
    const cy = refs.cy.current;
    if (cy) applyHighlight(cy, highlight);
  }, [highlight, live, index, refs]);

  useEffect(() => {
    const cy = refs.cy.current;
    if (!cy || !focus) return;
    // A search hit inside a folded community opens it, so the actor can be shown.
    const state = store.getState();
    const k = state.grouped ? state.communities?.of.get(focus.id) : undefined;
    if (k !== undefined && cy.getElementById(cyNodeId(focus.id)).empty()) {
      state.expandCommunity(k);
      drawFrame();
    }
    const node = cy.getElementById(cyNodeId(focus.id));
    if (node.empty()) return;
    // Centred in the free part of the pane, not under a panel.
    const free = freeRectOf(cy);
    const zoom = Math.max(cy.zoom(), 1.2);
    const p = node.position();
    const pan = { x: (free.x1 + free.x2) / 2 - p.x * zoom, y: (free.y1 + free.y2) / 2 - p.y * zoom };
    cy.animate({ zoom, pan }, { duration: 300 });
  }, [focus, store, drawFrame, refs]);
}
