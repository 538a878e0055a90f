import { trianglesOf } from './balance';
import { frustrationResult } from './frustration';
import { localSearchFrustration } from './local-search';
import { incidence } from './signed-graph';
import type { FrustrationResult, SignedGraph } from './types';

export interface BranchBoundOptions {
  /** Search nodes before giving up; the best split found is then returned, flagged not optimal. */
  maxNodes?: number;
}

const EPS = 1e-9;

/**
 * Actors in the order they are assigned: each next one is the actor most strongly tied to those
 * already placed, so costs show up early and the bound bites near the root.
 */
function branchOrder(graph: SignedGraph, adj: number[][]): number[] {
  const n = graph.ids.length;
  const placed = new Uint8Array(n);
  const pull = new Float64Array(n);
  const strength = graph.ids.map((_, v) => adj[v].reduce((s, k) => s + graph.edges[k].weight, 0));
  const order: number[] = [];
  while (order.length < n) {
    let best = -1;
    for (let v = 0; v < n; v++) {
      if (placed[v]) continue;
      if (
        best < 0 ||
        pull[v] > pull[best] + EPS ||
        (Math.abs(pull[v] - pull[best]) <= EPS && strength[v] > strength[best])
      )
        best = v;
    }
    placed[best] = 1;
    order.push(best);
    for (const k of adj[best]) {
      const e = graph.edges[k];
      pull[e.a === best ? e.b : e.a] += e.weight;
    }
  }
  return order;
}

/**
 * bound[k]: a lower bound on the frustration among the actors order[k..] alone, from edge-disjoint
 * unbalanced triangles (each needs at least its lightest edge frustrated).
 */
function suffixTriangleBounds(graph: SignedGraph, order: number[]): Float64Array {
  const n = order.length;
  const rank = new Int32Array(n);
  order.forEach((v, k) => (rank[v] = k));
  const position = new Map(graph.ids.map((id, i) => [id, i]));
  const edgeKey = (p: number, q: number) => (p < q ? p * n + q : q * n + p);
  const weightOf = new Map(graph.edges.map((e) => [edgeKey(e.a, e.b), e.weight]));
  const triangles = trianglesOf(graph)
    .filter((t) => !t.balanced)
    .map((t) => {
      const [p, q, r] = t.ids.map((id) => position.get(id)!);
      const keys = [edgeKey(p, q), edgeKey(q, r), edgeKey(p, r)];
      return {
        first: Math.min(rank[p], rank[q], rank[r]),
        keys,
        min: Math.min(...keys.map((k) => weightOf.get(k)!)),
      };
    })
    .sort((x, y) => y.min - x.min);
  const bound = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const used = new Set<number>();
    let sum = 0;
    for (const t of triangles) {
      if (t.first < k || t.keys.some((key) => used.has(key))) continue;
      for (const key of t.keys) used.add(key);
      sum += t.min;
    }
    bound[k] = sum;
  }
  return bound;
}

/**
 * An exact frustration index without WebAssembly: depth-first branch and bound over camp assignments,
 * started from the local-search split. The bound adds, to the frustration already fixed, each
 * unplaced actor's cheaper side towards the placed ones and a triangle packing among the unplaced.
 * Fast on sparse, nearly balanced graphs like alliance data; a fallback to HiGHS, not a replacement.
 */
export function branchBoundFrustration(
  graph: SignedGraph,
  options: BranchBoundOptions = {},
): FrustrationResult {
  const started = Date.now();
  const n = graph.ids.length;
  const incumbent = localSearchFrustration(graph);
  if (incumbent.optimal || n === 0) return { ...incumbent, method: 'branch-and-bound', optimal: true };
  const adj = incidence(graph);
  const order = branchOrder(graph, adj);
  const triangleBound = suffixTriangleBounds(graph, order);
  let best = incumbent.value;
  let bestSide = Uint8Array.from(graph.ids, (id) => (incumbent.camps[id] === 'A' ? 0 : 1));
  const side = new Int8Array(n).fill(-1);
  const cost = [new Float64Array(n), new Float64Array(n)]; // cost[s][v]: v's frustration to placed actors if v takes side s
  const maxNodes = options.maxNodes ?? 2_000_000;
  let nodes = 0;
  let complete = true;

  const place = (v: number, s: number, sign: 1 | -1) => {
    side[v] = sign > 0 ? s : -1;
    for (const k of adj[v]) {
      const e = graph.edges[k];
      const u = e.a === v ? e.b : e.a;
      if (side[u] !== -1 && u !== v) continue;
      // A friendly edge is frustrated if u ends on the other side; a hostile one if on the same side.
      const bad = e.sign > 0 ? 1 - s : s;
      cost[bad][u] += sign * e.weight;
    }
  };

  const search = (depth: number, fixed: number): void => {
    if (++nodes > maxNodes) {
      complete = false;
      return;
    }
    if (depth === n) {
      if (fixed < best - EPS) {
        best = fixed;
        bestSide = Uint8Array.from(side);
      }
      return;
    }
    let bound = fixed + triangleBound[depth];
    for (let k = depth; k < n; k++) bound += Math.min(cost[0][order[k]], cost[1][order[k]]);
    if (bound >= best - EPS) return;
    const v = order[depth];
    const first = depth === 0 || cost[0][v] <= cost[1][v] ? 0 : 1;
    for (const s of depth === 0 ? [0] : [first, 1 - first]) {
      const added = cost[s][v];
      place(v, s, 1);
      search(depth + 1, fixed + added);
      place(v, s, -1);
      if (!complete) return;
    }
  };
  search(0, 0);
  return frustrationResult(graph, bestSide, 'branch-and-bound', complete, Date.now() - started);
}
