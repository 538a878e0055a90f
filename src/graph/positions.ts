import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../model';
import { actorIdOf } from './elements';
import { COMMUNITY_LABEL_WIDTH } from './community-style';

export type PositionMap = ReadonlyMap<string, Point>;

/** Interleaved x, y (in `ids` order, as the layout worker sends them) as a position map. */
export function xyToPositions(ids: readonly string[], xy: Float32Array): Map<string, Point> {
  const out = new Map<string, Point>();
  ids.forEach((id, i) => out.set(id, { x: Math.round(xy[2 * i]), y: Math.round(xy[2 * i + 1]) }));
  return out;
}

/** Moves every drawn node that has a position (keyed by actor id; cy's ids carry a prefix), in one batch (one redraw, however many nodes). */
export function applyPositions(cy: Core, positions: PositionMap, minMove = 0): number {
  let moved = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const p = positions.get(actorIdOf(node.id()));
      if (!p) return;
      const now = node.position();
      if (now.x === p.x && now.y === p.y) return;
      // Layout progress: a node that moved less than `minMove` keeps its place (and its edges their
      // bounds) until a later frame moves it further or the final positions land.
      if (Math.abs(now.x - p.x) < minMove && Math.abs(now.y - p.y) < minMove) return;
      node.position({ x: p.x, y: p.y });
      moved++;
    });
  });
  return moved;
}

/**
 * Glides drawn nodes to new positions (one preset layout animates them all together); nodes without a
 * position stay put. Resolves when the move ends, immediately on a headless instance.
 */
export function animatePositions(cy: Core, positions: PositionMap, duration = 450): Promise<void> {
  const nodes = cy.nodes().filter((node) => positions.has(actorIdOf(node.id())));
  if (nodes.empty()) return Promise.resolve();
  // A prototype-less map: an actor id such as "constructor" must not find Object.prototype's.
  const byId = Object.create(null) as Record<string, Point>;
  nodes.forEach((node: NodeSingular) => {
    byId[node.id()] = positions.get(actorIdOf(node.id()))!;
  });
  return new Promise((resolve) => {
    const layout = nodes.layout({
      name: 'preset',
      positions: byId,
      animate: duration > 0,
      animationDuration: duration,
      fit: false,
    } as cytoscape.PresetLayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Current positions of the drawn nodes (model units, rounded), e.g. to undo a re-layout. */
export function readPositions(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    const p = node.position();
    out.set(actorIdOf(node.id()), { x: Math.round(p.x), y: Math.round(p.y) });
  });
  return out;
}

/**
 * The bounding box of the nodes shown now (not faded as absent), or null when none is: what the
 * camera frames at the viewed date so the actors alive then use the space.
 */
export function aliveBox(cy: Core): { x1: number; y1: number; x2: number; y2: number } | null {
  const alive = cy.nodes().not('.absent');
  if (alive.empty()) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  alive.forEach((node) => {
    const p = node.position();
    // A folded community (src/graph/grouped-sync.ts) is a big box: all of it must be in frame, and
    // the name centred on it, which may run past a small box's sides.
    const box = node.data('box') as number | undefined;
    const r = (box ?? 0) / 2;
    const rx = box === undefined ? 0 : Math.max(r, COMMUNITY_LABEL_WIDTH / 2);
    x1 = Math.min(x1, p.x - rx);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + rx);
    y2 = Math.max(y2, p.y + r);
  });
  return { x1, y1, x2, y2 };
}
