import type { Pane } from '../../../src/graph/declutter';
import type { Positions } from '../../../src/graph/layout';
import type { DatasetIndex } from '../../../src/model';

export { labelForIndex } from '../../../src/graph/place';

/**
 * The bench pages' stand-in for the span layout (swapped in by vite.config.ts): a sunflower spiral
 * filling the pane's shape, so a 5,000-actor page is drawable in a second. The frame figures measure
 * drawing and patching, not layout (the load part times the real app, layout included); edges here
 * are longer than a force layout's, so drawing costs, if anything, more.
 */
export function placeActors(index: DatasetIndex, _seed: number, pane: Pane): Positions {
  const n = index.actorOrder.length;
  const spacing = 60;
  const aspect = Math.max(0.5, Math.min(2, pane.width / Math.max(1, pane.height)));
  const positions: Positions = new Map();
  const golden = Math.PI * (3 - Math.sqrt(5));
  index.actorOrder.forEach((id, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * golden;
    positions.set(id, { x: Math.round(r * Math.cos(a) * Math.sqrt(aspect)), y: Math.round(r * Math.sin(a)) });
  });
  void n;
  return positions;
}
