import type { Core, EdgeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { actorIdOf, cyNodeId } from '../../graph/elements';
import type { Rect } from '../../graph/label-plan';
import { aliveBox } from '../../graph/positions';
import { type Selection, selectStoryHighlight, useEntente } from '../../store';
import { coversOf, frameClearOfOverlays } from './frame-clear';
import { freeArea } from './free-area';
import { type Box, type Viewport, freeRectOf, panToShow, viewportFor } from './graph-frame';
import type { LayoutRefs } from './layout-refs';

/** Wait this long after the last time change: a drag on the slider or a run of key presses is one move. */
const SETTLE_MS = 450;
/** Wait this long after a panel opened, folded or resized: the camera moves once it has settled. */
const LAYOUT_SETTLE_MS = 250;
/** One or two actors alone should not fill the screen. */
const MAX_FIT_ZOOM = 1.6;

/** The box around the named actors present now, or null when none is drawn. */
function boxOfActors(cy: Core, ids: readonly string[]): Box | null {
  let box: Box | null = null;
  for (const id of ids) {
    const node = cy.getElementById(cyNodeId(id));
    if (node.empty() || node.hasClass('absent')) continue;
    const p = node.position();
    box = box
      ? {
          x1: Math.min(box.x1, p.x),
          y1: Math.min(box.y1, p.y),
          x2: Math.max(box.x2, p.x),
          y2: Math.max(box.y2, p.y),
        }
      : { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
  }
  return box;
}

/**
 * The box around the actors that matter at this date (size step 1 or 2: in the relations drawn now),
 * when there are a few: on a phone, framing every idle actor of a wide layout would shrink the main
 * ones to dots. Idle actors further out are one pan or zoom away.
 */
function importantBox(cy: Core): Box | null {
  const ids = cy
    .nodes('[tier > 0]')
    .not('.absent')
    .map((n) => actorIdOf(n.id()));
  return ids.length >= 2 ? boxOfActors(cy, ids) : null;
}

/** The box around the members of the expanded communities (grouped view), or null when none is open. */
function expandedBox(cy: Core): Box | null {
  const ids = cy
    .nodes('[grouped = 2]')
    .not('.absent')
    .map((n) => actorIdOf(n.id()));
  return ids.length >= 2 ? boxOfActors(cy, ids) : null;
}

/** The viewport that frames a story chapter's actors in the free area (null when none is drawn). */
export function fitChapterActors(
  cy: Core,
  ids: readonly string[],
  free: Rect = freeRectOf(cy),
): Viewport | null {
  const box = boxOfActors(cy, ids);
  return box ? viewportFor(cy, box, MAX_FIT_ZOOM, free) : null;
}

/** Where the selection is drawn (an actor, or the middle of a line), if it is drawn. */
function selectedPoint(cy: Core, selection: Selection) {
  if (!selection) return null;
  const el = cy.getElementById(selection.type === 'node' ? cyNodeId(selection.id) : selection.id);
  if (el.empty() || el.hasClass('absent')) return null;
  return el.isNode() ? el.position() : (el as unknown as EdgeSingular).midpoint();
}

/**
 * Where the camera should be: framing the chapter's actors in a story, else an expanded community's
 * members, else the actors that matter now (while the camera follows), with no drawn node left under
 * an overlay, then panned the least that brings the selection into the free area.
 */
export function cameraTarget(
  cy: Core,
  follow: boolean,
  chapter: readonly string[],
  selection: Selection,
): Viewport {
  const covers = coversOf(cy);
  const container = cy.container();
  const free = container ? freeArea(container, covers) : freeRectOf(cy);
  let target: Viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  if (follow) {
    const box =
      (chapter.length ? boxOfActors(cy, chapter) : null) ??
      expandedBox(cy) ??
      importantBox(cy) ??
      aliveBox(cy);
    if (box) target = frameClearOfOverlays(cy, box, MAX_FIT_ZOOM, free, covers);
  }
  const at = selectedPoint(cy, selection);
  return at ? panToShow(target, at, free) : target;
}

/**
 * Frames the graph into the part of the pane no panel covers, with a smooth camera move: once time
 * comes to rest (never on every frame), on each story chapter (its actors), whenever a panel opens,
 * folds or resizes, and on a selection (the least pan that shows it). Positions never change; only
 * the camera does, and framing stops once the user pans or zooms by hand (the Fit button or the next
 * chapter re-enables it) while a selection is still brought into view.
 */
export function useCameraFit(refs: LayoutRefs) {
  const time = useEntente((s) => s.time);
  const playing = useEntente((s) => s.playing);
  const laying = useEntente((s) => s.layoutStatus !== null);
  const chapter = useEntente(selectStoryHighlight);
  const selection = useEntente((s) => s.selection);
  // A community opening or closing changes the grouped picture: the camera frames it again.
  const expanded = useEntente((s) => s.expandedCommunities);

  useEffect(() => {
    if (chapter.length) refs.autoFit.current = true;
  }, [chapter, refs]);

  useEffect(() => {
    if (playing || laying) return;
    const reframe = () => {
      const cy = refs.cy.current;
      if (!cy) return;
      cy.emit('freearea');
      const target = cameraTarget(cy, refs.autoFit.current, chapter, selection);
      const close =
        Math.abs(target.zoom - cy.zoom()) / cy.zoom() < 0.04 &&
        Math.hypot(target.pan.x - cy.pan().x, target.pan.y - cy.pan().y) < 12;
      if (close) return;
      cy.stop();
      cy.animate(target, { duration: 400, easing: 'ease-in-out-cubic' });
    };
    let timer = setTimeout(reframe, SETTLE_MS);
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(reframe, LAYOUT_SETTLE_MS);
    };
    // Panels over the graph come, go, fold and slide: their boxes decide the free area.
    // (Read from the document: this effect may run before the canvas exists.)
    const pane = document.querySelector('.workspace');
    const mutations = new MutationObserver(later);
    const sizes = new ResizeObserver(later);
    if (pane) {
      mutations.observe(pane, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['class', 'open'],
      });
      sizes.observe(pane);
      pane.addEventListener('transitionend', later);
    }
    return () => {
      clearTimeout(timer);
      mutations.disconnect();
      sizes.disconnect();
      pane?.removeEventListener('transitionend', later);
    };
  }, [time, playing, laying, chapter, selection, expanded, refs]);
}
