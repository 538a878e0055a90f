import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { Positions } from '../../graph/layout';
import type { DatasetIndex, Point } from '../../model';
import { positionsToRecord } from '../../model/span-layout/positions-field';
import { defaultLayoutCache, type LayoutCache } from '../../persist/layout-cache';
import type { EntenteStore } from '../../store';
import type { LayoutJob } from '../../workers/layout-client';

/** A layout change that Undo reverts: where every node was, and which nodes had been dragged. */
export interface LayoutUndo {
  positions: Positions;
  moved: ReadonlyMap<string, Point>;
}

/** What the graph's layout hooks share (refs, so updating them never re-renders the view). */
export interface LayoutRefs {
  cy: RefObject<Core | null>;
  positions: { current: Positions };
  /** layoutKey of the dataset on screen: the cache key for its positions and drags. */
  key: { current: string };
  job: { current: LayoutJob | null };
  undo: { current: LayoutUndo | null };
  /** False once the user pans or zooms by hand: the camera then stays where they put it. */
  autoFit: { current: boolean };
  /**
   * The index whose actors have been placed and drawn. Until the layout hook places a new dataset, time
   * and filter changes leave the old graph alone: drawing the new one at stale positions first would
   * create all its elements twice.
   */
  placed: { current: DatasetIndex | null };
}

let cache: LayoutCache | null = null;
/** The app's position cache (IndexedDB, or memory where it is missing), opened on first use. */
export function layoutCache(): LayoutCache {
  return (cache ??= defaultLayoutCache());
}

/** Layout positions with the user's dragged nodes on top. */
export function withMoved(positions: Positions, moved: ReadonlyMap<string, Point>): Positions {
  const out: Positions = new Map(positions);
  for (const [id, p] of moved) if (out.has(id)) out.set(id, { ...p });
  return out;
}

/** Records a drag (last moved last, which share links keep first when space runs out) and saves it. */
export function rememberDrag(store: EntenteStore, key: string, id: string, p: Point): void {
  const moved = new Map(store.getState().movedPositions);
  moved.delete(id);
  moved.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  store.getState().setMovedPositions(moved);
  void layoutCache()
    .saveMoved(key, positionsToRecord(moved))
    .catch(() => undefined);
}
