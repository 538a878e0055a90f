import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../random';
import { LINK_RIVAL, type SpanGraph } from '../span-layout/span-graph';
import { COMMUNITY_SEED, type Communities, type Community } from './detect';

/**
 * Louvain (graphology-communities-louvain) over the span graph's cooperative links only: pairs whose
 * net score over the whole span is friendly, memberships and leaderships, and friendly ties. Rivals
 * are left out on purpose: modularity rewards putting linked actors together, so a hostile link would
 * pull two enemies into one box and hide the very conflict the map is there to show. Louvain has no
 * signed variant in a maintained library; the analytics' camps (frustration) are the signed answer,
 * but they split the graph into two sides, which does not make 5,000 actors readable.
 *
 * Actors with no cooperative link over the span are gathered in one last group marked `loose` (with
 * a single such actor, it stays a community of one). The run is seeded and the graph is built in
 * dataset order, so the result is deterministic.
 */
export function detectCommunities(graph: SpanGraph, seed = COMMUNITY_SEED): Communities {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.ids.forEach((id) => g.addNode(id));
  const strength = new Float64Array(graph.ids.length);
  for (let k = 0; k < graph.source.length; k++) {
    if (graph.type[k] === LINK_RIVAL) continue;
    const a = graph.source[k];
    const b = graph.target[k];
    if (a === b) continue;
    const weight = graph.weight[k] > 0 ? graph.weight[k] : 0;
    if (weight === 0) continue;
    strength[a] += weight;
    strength[b] += weight;
    const key = g.edge(graph.ids[a], graph.ids[b]);
    if (key === undefined) g.addEdge(graph.ids[a], graph.ids[b], { weight });
    else g.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + weight);
  }
  const mapping = g.size
    ? louvain.detailed(g, { rng: seededRandom(seed), getEdgeWeight: 'weight' })
    : { communities: Object.fromEntries(graph.ids.map((id, i) => [id, i])), modularity: 0 };

  const groups = new Map<number, number[]>();
  graph.ids.forEach((id, i) => {
    const label = mapping.communities[id];
    const list = groups.get(label);
    if (list) list.push(i);
    else groups.set(label, [i]);
  });
  const all = [...groups.values()];
  const loners = all.filter((slots) => slots.length === 1 && strength[slots[0]] === 0).flat();
  const found = loners.length > 1 ? all.filter((slots) => slots.length > 1 || strength[slots[0]] > 0) : all;
  const ordered = found.sort((x, y) => y.length - x.length || x[0] - y[0]);
  if (loners.length > 1) ordered.push(loners);
  const of = new Map<string, number>();
  const communities: Community[] = ordered.map((slots, id) => {
    const members = [...slots].sort((x, y) => strength[y] - strength[x] || x - y).map((i) => graph.ids[i]);
    members.forEach((m) => of.set(m, id));
    return loners.length > 1 && slots === loners ? { id, members, loose: true } : { id, members };
  });
  return { communities, of, modularity: Number.isFinite(mapping.modularity) ? mapping.modularity : 0 };
}
