import type { BalanceResult, SignedGraph, Triangle } from './types';

/** Every triangle of the signed graph, each once (nodes in graph order). */
export function trianglesOf(graph: SignedGraph): Triangle[] {
  const n = graph.ids.length;
  const edgeAt = new Map<number, number>();
  const higher: number[][] = graph.ids.map(() => []);
  graph.edges.forEach((e, k) => {
    edgeAt.set(e.a * n + e.b, k);
    higher[e.a].push(e.b);
  });
  for (const list of higher) list.sort((x, y) => x - y);
  const out: Triangle[] = [];
  for (let a = 0; a < n; a++) {
    const next = higher[a];
    for (let i = 0; i < next.length; i++) {
      const b = next[i];
      const ab = graph.edges[edgeAt.get(a * n + b)!];
      for (let j = i + 1; j < next.length; j++) {
        const c = next[j];
        const kbc = edgeAt.get(b * n + c);
        if (kbc === undefined) continue;
        const bc = graph.edges[kbc];
        const ac = graph.edges[edgeAt.get(a * n + c)!];
        out.push({
          ids: [graph.ids[a], graph.ids[b], graph.ids[c]],
          labels: [graph.labels[a], graph.labels[b], graph.labels[c]],
          signs: [ab.sign, bc.sign, ac.sign],
          weight: ab.weight * bc.weight * ac.weight,
          balanced: ab.sign * bc.sign * ac.sign > 0,
        });
      }
    }
  }
  return out;
}

/**
 * Heider's and Cartwright & Harary's triangle test: a triangle is balanced when the product of its
 * signs is positive ("the friend of my friend is my friend", "the enemy of my enemy is my friend").
 * The index is the balanced share; the weighted index lets strong triangles count more.
 */
export function balanceOf(graph: SignedGraph): BalanceResult {
  const triangles = trianglesOf(graph);
  let balanced = 0;
  let weightAll = 0;
  let weightBalanced = 0;
  for (const t of triangles) {
    weightAll += t.weight;
    if (t.balanced) {
      balanced++;
      weightBalanced += t.weight;
    }
  }
  const unbalanced = triangles.filter((t) => !t.balanced).sort((x, y) => y.weight - x.weight);
  return {
    triangles: triangles.length,
    balancedTriangles: balanced,
    index: triangles.length === 0 ? 1 : balanced / triangles.length,
    weightedIndex: weightAll === 0 ? 1 : weightBalanced / weightAll,
    unbalanced,
  };
}
