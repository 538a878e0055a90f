import type { Snapshot } from '../types';
import type { Camp, SignedGraph } from './types';

/**
 * The signed relation graph of a snapshot: relation edges whose sign is not neutral. Ties (membership,
 * war ...) are left out on purpose: they are recorded facts, not the event-based mood the balance
 * measures describe, and counting both would double-count many pairs.
 */
export function signedGraphOf(snapshot: Snapshot): SignedGraph {
  const used = new Set<string>();
  const signed = snapshot.edges.filter((e) => e.kind === 'relation' && e.sign !== 0 && e.source !== e.target);
  for (const e of signed) {
    used.add(e.source);
    used.add(e.target);
  }
  const ids: string[] = [];
  const labels: string[] = [];
  const position = new Map<string, number>();
  for (const n of snapshot.nodes) {
    if (!used.has(n.id) || position.has(n.id)) continue;
    position.set(n.id, ids.length);
    ids.push(n.id);
    labels.push(n.label);
  }
  const edges: SignedGraph['edges'] = [];
  for (const e of signed) {
    const p = position.get(e.source);
    const q = position.get(e.target);
    if (p === undefined || q === undefined) continue;
    edges.push({ id: e.id, a: Math.min(p, q), b: Math.max(p, q), sign: e.sign as 1 | -1, weight: e.weight });
  }
  return { ids, labels, edges };
}

/** Builds a graph straight from lists (tests, hand-made examples). Weight defaults to 1. */
export function signedGraphFrom(
  ids: string[],
  list: [string, string, 1 | -1, number?][],
  labels: string[] = ids,
): SignedGraph {
  const position = new Map(ids.map((id, i) => [id, i]));
  const edges = list.map(([s, t, sign, weight = 1]) => {
    const p = position.get(s);
    const q = position.get(t);
    if (p === undefined || q === undefined) throw new Error(`unknown actor in edge ${s}-${t}`);
    const [a, b] = p < q ? [p, q] : [q, p];
    return { id: `rel:${ids[a]}~${ids[b]}`, a, b, sign, weight };
  });
  return { ids, labels, edges };
}

/** Neighbour lists (edge positions) per node. */
export function incidence(graph: SignedGraph): number[][] {
  const out: number[][] = graph.ids.map(() => []);
  graph.edges.forEach((e, k) => {
    out[e.a].push(k);
    out[e.b].push(k);
  });
  return out;
}

/** Total weight of edges a 0/1 side assignment frustrates. */
export function splitCost(graph: SignedGraph, side: ArrayLike<number>): { value: number; count: number } {
  let value = 0;
  let count = 0;
  for (const e of graph.edges) {
    const same = side[e.a] === side[e.b];
    if (same !== e.sign > 0) {
      value += e.weight;
      count++;
    }
  }
  return { value, count };
}

/**
 * Orients a split so colours do not swap arbitrarily between dates: in every connected component,
 * the first actor in dataset order is in camp A.
 */
export function orientSplit(graph: SignedGraph, side: ArrayLike<number>): Record<string, Camp> {
  const adj = incidence(graph);
  const flip = new Int8Array(graph.ids.length).fill(-1);
  for (let start = 0; start < graph.ids.length; start++) {
    if (flip[start] !== -1) continue;
    const f = side[start] === 0 ? 0 : 1;
    const stack = [start];
    flip[start] = f;
    while (stack.length) {
      const v = stack.pop()!;
      for (const k of adj[v]) {
        const e = graph.edges[k];
        const w = e.a === v ? e.b : e.a;
        if (flip[w] === -1) {
          flip[w] = f;
          stack.push(w);
        }
      }
    }
  }
  // Keyed by actor id: no prototype, so an actor named `constructor` reads its own camp, nothing else.
  const camps = Object.create(null) as Record<string, Camp>;
  graph.ids.forEach((id, i) => {
    camps[id] = (side[i] ^ flip[i]) === 0 ? 'A' : 'B';
  });
  return camps;
}
