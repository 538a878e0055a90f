import type cytoscape from 'cytoscape';
import type { Core, EventObject } from 'cytoscape';
import type { MutableRefObject } from 'react';
import { actorIdOf, modelIdOf } from '../../graph/elements';
import type { Positions } from '../../graph/layout';
import type { EntenteStore } from '../../store';
import { type DrawnMode, groupedHoverText, tapCommunity } from './graph-groups';
import { labelSizeFor } from './graph-frame';
import { noteZoom } from './graph-lod';
import type { Hover } from '../HoverCard';
import { rememberDrag } from './layout-refs';

/** What the graph's pointer handlers read and write (the view's refs, its hover card and restyle). */
export interface GraphEventContext {
  store: EntenteStore;
  setHover: (hover: Hover | null) => void;
  positions: MutableRefObject<Positions>;
  layoutKey: MutableRefObject<string>;
  drawnMode: MutableRefObject<DrawnMode>;
  autoFit: MutableRefObject<boolean>;
  labelSize: MutableRefObject<number>;
  restyle: (cy: Core) => void;
}

/**
 * Binds the user's gestures on one cy to store actions: tap selects (or inspects a community), a drag
 * is remembered, a hand-made pan or zoom stops the camera following, hover shows the card, a
 * double-click expands a community. Returns the unbinding, so a new cy (renderer toggle) never inherits
 * a stale listener.
 */
export function bindGraphEvents(cy: Core, ctx: GraphEventContext): () => void {
  const { store, setHover } = ctx;
  const onTap = (event: EventObject) => {
    // The card names what is under the pointer; after a click the inspector says more, so it goes.
    setHover(null);
    const target = event.target as Core | cytoscape.SingularElementArgument;
    if (target === cy) {
      store.getState().select(null);
      store.getState().inspectCommunity(null);
      return;
    }
    const el = target as cytoscape.SingularElementArgument;
    if (tapCommunity(store, el)) return;
    const state = store.getState();
    // A meta-edge stands for many relations: its hover card says what; there is nothing to inspect.
    if (el.data('kind') === 'meta') return;
    state.inspectCommunity(null);
    state.select({ type: el.isNode() ? 'node' : 'edge', id: modelIdOf(el) });
    // Clicking something means "show me": leave the filters for the inspector (analytics stays).
    if (state.sidePanel === 'filters') state.setSidePanel('inspector');
  };
  const onDragFree = (event: EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    // The grouped picture is placed from the span layout, not part of it: a drag there is not kept.
    if (ctx.drawnMode.current === 'grouped') return;
    ctx.positions.current.set(actorIdOf(node.id()), { ...node.position() });
    rememberDrag(store, ctx.layoutKey.current, actorIdOf(node.id()), node.position());
  };
  // A hand-made pan or zoom means "I am looking here": time changes no longer move the camera.
  const onUserCamera = () => {
    ctx.autoFit.current = false;
  };
  // Zooming out grows labels in model units (re-styling only when the size steps) to keep them legible.
  let zoomFrame = 0;
  const onZoom = () => {
    cancelAnimationFrame(zoomFrame);
    zoomFrame = requestAnimationFrame(() => {
      noteZoom(store, cy);
      ctx.labelSize.current = labelSizeFor(cy.zoom());
      ctx.restyle(cy);
    });
  };
  const onOver = (event: EventObject) => {
    const p = event.renderedPosition;
    const target = event.target as cytoscape.SingularElementArgument;
    const text = groupedHoverText(target) ?? undefined;
    setHover({ id: modelIdOf(target), text, x: p.x, y: p.y, flip: p.x > cy.width() - 340 });
  };
  const onOut = () => setHover(null);
  // Double-click on a folded community shows its members around where it was.
  const onDoubleTap = (event: EventObject) => {
    const k = event.target.data('community') as number | undefined;
    if (typeof k === 'number') store.getState().expandCommunity(k);
  };
  cy.on('dbltap', 'node', onDoubleTap);
  cy.on('tap', onTap);
  cy.on('dragfree', 'node', onDragFree);
  cy.on('zoom', onZoom);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  cy.on('viewport', onOut);
  cy.on('scrollzoom pinchzoom dragpan', onUserCamera);
  return () => {
    cancelAnimationFrame(zoomFrame);
    cy.removeListener('scrollzoom pinchzoom dragpan', onUserCamera);
    cy.removeListener('mouseover', 'node, edge', onOver);
    cy.removeListener('mouseout', 'node, edge', onOut);
    cy.removeListener('viewport', onOut);
    cy.removeListener('tap', onTap);
    cy.removeListener('dbltap', 'node', onDoubleTap);
    cy.removeListener('dragfree', 'node', onDragFree);
    cy.removeListener('zoom', onZoom);
  };
}
