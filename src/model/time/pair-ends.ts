import type { DatasetIndex } from './dataset-index';

const endsCache = new WeakMap<DatasetIndex, Int32Array>();

/**
 * Both ends of every pair as positions in actorOrder: ends[2p] and ends[2p + 1] (-1 for an end the
 * index does not hold). Computed once per index, so per-frame passes over the pairs stay on arrays.
 */
export function pairEnds(index: DatasetIndex): Int32Array {
  let ends = endsCache.get(index);
  if (!ends) {
    const slot = new Map(index.actorOrder.map((id, i) => [id, i]));
    ends = new Int32Array(index.pairs.length * 2);
    index.pairs.forEach((pair, p) => {
      ends![2 * p] = slot.get(pair.a) ?? -1;
      ends![2 * p + 1] = slot.get(pair.b) ?? -1;
    });
    endsCache.set(index, ends);
  }
  return ends;
}
