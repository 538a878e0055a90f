import { orientSplit, splitCost } from './signed-graph';
import type { FrustratedTie, FrustrationMethod, FrustrationResult, SignedGraph } from './types';

/** Turns a 0/1 side assignment into the reported result: value, camps, frustrated ties. */
export function frustrationResult(
  graph: SignedGraph,
  side: ArrayLike<number>,
  method: FrustrationMethod,
  optimal: boolean,
  millis?: number,
): FrustrationResult {
  const { value, count } = splitCost(graph, side);
  const totalWeight = graph.edges.reduce((sum, e) => sum + e.weight, 0);
  const frustrated: FrustratedTie[] = [];
  for (const e of graph.edges) {
    const same = side[e.a] === side[e.b];
    if (same === e.sign > 0) continue;
    frustrated.push({
      id: e.id,
      source: graph.ids[e.a],
      target: graph.ids[e.b],
      sourceLabel: graph.labels[e.a],
      targetLabel: graph.labels[e.b],
      sign: e.sign,
      weight: e.weight,
      reason: e.sign > 0 ? 'positive-across' : 'negative-within',
    });
  }
  frustrated.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
  return {
    value,
    count,
    totalWeight,
    edges: graph.edges.length,
    normalised: totalWeight === 0 ? 1 : 1 - (2 * value) / totalWeight,
    optimal,
    method,
    camps: orientSplit(graph, side),
    frustrated,
    ...(millis === undefined ? {} : { millis }),
  };
}

/** The same graph with every weight 1: the classic, unweighted frustration index (line index). */
export function unitWeights(graph: SignedGraph): SignedGraph {
  return { ...graph, edges: graph.edges.map((e) => ({ ...e, weight: 1 })) };
}

export const BRUTE_FORCE_LIMIT = 22;

/** Tries every split (actor 0 fixed in one camp, since swapping camps changes nothing). */
export function bruteForceFrustration(graph: SignedGraph): FrustrationResult {
  const n = graph.ids.length;
  if (n > BRUTE_FORCE_LIMIT) throw new RangeError(`brute force is limited to ${BRUTE_FORCE_LIMIT} actors`);
  const started = Date.now();
  const side = new Uint8Array(n);
  let best = new Uint8Array(n);
  let bestValue = Infinity;
  const total = n === 0 ? 1 : 2 ** (n - 1);
  for (let mask = 0; mask < total; mask++) {
    for (let i = 1; i < n; i++) side[i] = (mask >> (i - 1)) & 1;
    const { value } = splitCost(graph, side);
    if (value < bestValue - 1e-12) {
      bestValue = value;
      best = side.slice();
    }
  }
  return frustrationResult(graph, best, 'brute-force', true, Date.now() - started);
}
