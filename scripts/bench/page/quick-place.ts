import type { Dataset } from '../../../src/model';

/**
 * The bench pages' placement: a sunflower spiral written into the dataset's `positions` field, so the app
 * draws from it at once as it does from shipped positions, and no layout runs in the worker while a page
 * is measured. The frame figures measure drawing and patching, not layout (the load part times the real
 * app's import, layout included); edges here are longer than a force layout's, so drawing costs, if
 * anything, more.
 */
export function withSpiralPositions(dataset: Dataset, aspect = 1.6): Dataset {
  const spacing = 60;
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions: Record<string, [number, number]> = {};
  dataset.actors.forEach(({ id }, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * golden;
    positions[id] = [Math.round(r * Math.cos(a) * Math.sqrt(aspect)), Math.round(r * Math.sin(a))];
  });
  return { ...dataset, positions };
}
