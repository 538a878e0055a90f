import { seededRandom as random } from '../random';
import { frustrationResult } from './frustration';
import { incidence, splitCost } from './signed-graph';
import type { FrustrationResult, SignedGraph } from './types';

export interface LocalSearchOptions {
  /** Random starting splits on top of the spanning-tree and all-in-one-camp starts. */
  restarts?: number;
  seed?: number;
}

/**
 * A split that satisfies every edge of a maximum-weight spanning forest; on a balanced graph it is
 * already optimal, and on a nearly balanced one it is a strong start.
 */
function spanningTreeSplit(graph: SignedGraph): Uint8Array {
  const n = graph.ids.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v])));
  const tree: number[][] = graph.ids.map(() => []);
  const order = graph.edges
    .map((_, k) => k)
    .sort((x, y) => graph.edges[y].weight - graph.edges[x].weight || x - y);
  for (const k of order) {
    const { a, b } = graph.edges[k];
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    parent[ra] = rb;
    tree[a].push(k);
    tree[b].push(k);
  }
  const side = new Uint8Array(n);
  const seen = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const stack = [s];
    while (stack.length) {
      const v = stack.pop()!;
      for (const k of tree[v]) {
        const e = graph.edges[k];
        const w = e.a === v ? e.b : e.a;
        if (seen[w]) continue;
        seen[w] = 1;
        side[w] = e.sign > 0 ? side[v] : 1 - side[v];
        stack.push(w);
      }
    }
  }
  return side;
}

/** Gain of flipping each node: weight of its frustrated edges minus weight of its satisfied ones. */
function gains(graph: SignedGraph, adj: number[][], side: Uint8Array): Float64Array {
  const g = new Float64Array(side.length);
  for (let v = 0; v < side.length; v++) {
    for (const k of adj[v]) {
      const e = graph.edges[k];
      const violated = (side[e.a] === side[e.b]) !== e.sign > 0;
      g[v] += violated ? e.weight : -e.weight;
    }
  }
  return g;
}

function flip(graph: SignedGraph, adj: number[][], side: Uint8Array, g: Float64Array, v: number): void {
  for (const k of adj[v]) {
    const e = graph.edges[k];
    const u = e.a === v ? e.b : e.a;
    const violatedBefore = (side[e.a] === side[e.b]) !== e.sign > 0;
    g[u] -= 2 * (violatedBefore ? e.weight : -e.weight);
  }
  side[v] ^= 1;
  g[v] = -g[v];
}

const EPS = 1e-12;

/**
 * One Kernighan-Lin style pass: flip every node once, best gain first (even when it hurts), then keep
 * the best prefix of those flips. Climbs out of the local minima plain greedy flipping gets stuck in.
 */
function klPass(graph: SignedGraph, adj: number[][], side: Uint8Array): number {
  const n = side.length;
  const g = gains(graph, adj, side);
  const locked = new Uint8Array(n);
  const moves: number[] = [];
  let cumulative = 0;
  let best = 0;
  let bestStep = 0;
  for (let step = 0; step < n; step++) {
    let v = -1;
    for (let u = 0; u < n; u++) if (!locked[u] && (v < 0 || g[u] > g[v] + EPS)) v = u;
    cumulative += g[v];
    flip(graph, adj, side, g, v);
    locked[v] = 1;
    moves.push(v);
    if (cumulative > best + EPS) {
      best = cumulative;
      bestStep = step + 1;
    }
  }
  for (let i = moves.length - 1; i >= bestStep; i--) side[moves[i]] ^= 1;
  return best;
}

function improve(graph: SignedGraph, adj: number[][], side: Uint8Array): void {
  for (let pass = 0; pass < 50 && klPass(graph, adj, side) > EPS; pass++);
}

/**
 * A fast upper bound on the frustration index: multi-start Kernighan-Lin local search from a
 * spanning-tree split, the all-in-one-camp split and seeded random splits. Deterministic for a seed.
 */
export function localSearchFrustration(
  graph: SignedGraph,
  options: LocalSearchOptions = {},
): FrustrationResult {
  const started = Date.now();
  const n = graph.ids.length;
  const adj = incidence(graph);
  const rand = random(options.seed ?? 1);
  const starts: Uint8Array[] = [spanningTreeSplit(graph), new Uint8Array(n)];
  const restarts = options.restarts ?? 12;
  for (let r = 0; r < restarts; r++)
    starts.push(Uint8Array.from({ length: n }, () => (rand() < 0.5 ? 0 : 1)));
  let best: Uint8Array = starts[0];
  let bestValue = Infinity;
  for (const side of starts) {
    improve(graph, adj, side);
    const { value } = splitCost(graph, side);
    if (value < bestValue - EPS) {
      bestValue = value;
      best = side;
    }
  }
  // Zero frustration is a proof: nothing can beat it.
  return frustrationResult(graph, best, 'local-search', bestValue <= EPS, Date.now() - started);
}
