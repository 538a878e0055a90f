import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LINK_FRIEND,
  LINK_MEMBER,
  LINK_RIVAL,
  type Snapshot,
  type SnapshotEdge,
  type SpanGraph,
  communitiesFromLists,
  communitiesToLists,
  foldableCount,
  groupView,
  indexDataset,
  MEMBER_SIZE,
  metaNodeSize,
  placeGrouped,
  spanGraph,
} from '../../src/model';
import { detectCommunities } from '../../src/model/communities/louvain';
import { syntheticDataset } from '../../src/model/synthetic';

/** Random span graphs: up to 40 actors, links of every type with weights in (0, 1]. */
const spanGraphArb: fc.Arbitrary<SpanGraph> = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc
    .array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        type: fc.constantFrom(LINK_FRIEND, LINK_RIVAL, LINK_MEMBER),
        weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
      }),
      { maxLength: 120 },
    )
    .map((links) => ({
      ids: Array.from({ length: n }, (_, i) => (i % 7 === 3 ? `constructor${i}` : `x${i}`)),
      kinds: Array.from({ length: n }, () => 'country' as const),
      source: Int32Array.from(links, (l) => l.a),
      target: Int32Array.from(links, (l) => l.b),
      type: Uint8Array.from(links, (l) => l.type),
      weight: Float32Array.from(links, (l) => l.weight),
    })),
);

/** A snapshot over a span graph's actors: some present, relations with random tone between present ones. */
const snapshotFor = (graph: SpanGraph) =>
  fc
    .record({
      absent: fc.array(fc.boolean(), { minLength: graph.ids.length, maxLength: graph.ids.length }),
      edges: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: graph.ids.length - 1 }),
          b: fc.integer({ min: 0, max: graph.ids.length - 1 }),
          score: fc.double({ min: -10, max: 10, noNaN: true }),
          tie: fc.boolean(),
        }),
        { maxLength: 80 },
      ),
    })
    .map(({ absent, edges }): Snapshot => {
      const present = graph.ids.filter((_, i) => !absent[i] || i === 0);
      const here = new Set(present);
      const seen = new Set<string>();
      const list: SnapshotEdge[] = [];
      for (const e of edges) {
        const [s, t] = [graph.ids[e.a], graph.ids[e.b]];
        const id = e.tie ? `tie:${list.length}` : `rel:${s}~${t}`;
        if (s === t || !here.has(s) || !here.has(t) || seen.has(id) || seen.has(`rel:${t}~${s}`)) continue;
        seen.add(id);
        const sign = e.score > 1 ? 1 : e.score < -1 ? -1 : 0;
        list.push(
          e.tie
            ? { id, source: s, target: t, kind: 'alliance', sign: 1, weight: 1, score: 1 }
            : {
                id,
                source: s,
                target: t,
                kind: 'relation',
                sign,
                weight: Math.abs(e.score) / 10,
                score: e.score,
              },
        );
      }
      return {
        at: '2000-01-01',
        nodes: present.map((id) => ({ id, label: id.toUpperCase(), kind: 'country' })),
        edges: list,
      };
    });

const graphAndSnapshot = spanGraphArb.chain((graph) =>
  snapshotFor(graph).map((snapshot) => ({ graph, snapshot })),
);

describe('community detection (Louvain over the cooperative span graph)', () => {
  it('puts every actor in exactly one community', () => {
    fc.assert(
      fc.property(spanGraphArb, (graph) => {
        const { communities, of } = detectCommunities(graph);
        const all = communities.flatMap((c) => c.members);
        expect([...all].sort()).toEqual([...graph.ids].sort());
        expect(new Set(all).size).toBe(all.length);
        communities.forEach((c, k) => {
          expect(c.id).toBe(k);
          for (const m of c.members) expect(of.get(m)).toBe(k);
        });
      }),
    );
  });

  it('is deterministic and numbers communities largest first', () => {
    fc.assert(
      fc.property(spanGraphArb, (graph) => {
        const first = detectCommunities(graph);
        expect(detectCommunities(graph).communities).toEqual(first.communities);
        const found = first.communities.filter((c) => !c.loose);
        const sizes = found.map((c) => c.members.length);
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        // The actors with no cooperative link share one last group (when there are two or more).
        const loose = first.communities.filter((c) => c.loose);
        expect(loose.length).toBeLessThanOrEqual(1);
        if (loose.length) expect(loose[0].id).toBe(first.communities.length - 1);
        const cooperative = new Set<string>();
        graph.source.forEach((a, k) => {
          if (graph.type[k] === LINK_RIVAL || a === graph.target[k]) return;
          cooperative.add(graph.ids[a]).add(graph.ids[graph.target[k]]);
        });
        for (const m of loose[0]?.members ?? []) expect(cooperative.has(m)).toBe(false);
      }),
    );
  });

  it('crosses from the worker as plain lists and back unchanged', () => {
    fc.assert(
      fc.property(spanGraphArb, (graph) => {
        const found = detectCommunities(graph);
        const back = communitiesFromLists(structuredClone(communitiesToLists(found)));
        expect(back.communities).toEqual(found.communities);
        expect(back.of).toEqual(found.of);
      }),
    );
  });

  it('never joins two actors that only have hostile links', () => {
    const graph: SpanGraph = {
      ids: ['a', 'b', 'c', 'd'],
      kinds: ['country', 'country', 'country', 'country'],
      source: Int32Array.from([0, 2, 0]),
      target: Int32Array.from([1, 3, 2]),
      type: Uint8Array.from([LINK_FRIEND, LINK_FRIEND, LINK_RIVAL]),
      weight: Float32Array.from([1, 1, 1]),
    };
    const { of } = detectCommunities(graph);
    expect(of.get('a')).toBe(of.get('b'));
    expect(of.get('c')).toBe(of.get('d'));
    expect(of.get('a')).not.toBe(of.get('c'));
  });

  it('finds a few dozen communities in a 2,000-actor synthetic dataset, the most central member first', () => {
    const index = indexDataset(syntheticDataset({ seed: 4, actors: 2000, pairs: 8000, events: 16000 }));
    const graph = spanGraph(index);
    const result = detectCommunities(graph);
    expect(foldableCount(result)).toBeGreaterThan(10);
    expect(foldableCount(result)).toBeLessThan(200);
    expect(result.modularity).toBeGreaterThan(0.3);
    // The lead has at least the cooperative strength of any other member of its community.
    const strength = new Map<string, number>();
    graph.source.forEach((s, k) => {
      if (graph.type[k] === LINK_RIVAL) return;
      for (const i of [s, graph.target[k]])
        strength.set(graph.ids[i], (strength.get(graph.ids[i]) ?? 0) + graph.weight[k]);
    });
    const biggest = result.communities[0].members;
    expect(biggest.length).toBeGreaterThan(5);
    const leadStrength = strength.get(biggest[0]) ?? 0;
    for (const m of biggest) expect(strength.get(m) ?? 0).toBeLessThanOrEqual(leadStrength + 1e-9);
  });
});

describe('the grouped view of a snapshot', () => {
  it('adds member relations up exactly: meta-edges + inside + single edges = all relations', () => {
    fc.assert(
      fc.property(graphAndSnapshot, fc.array(fc.nat(40)), ({ graph, snapshot }, open) => {
        const communities = detectCommunities(graph);
        const view = groupView(snapshot, communities, new Set(open));
        const relations = snapshot.edges.filter((e) => e.kind === 'relation');
        const single = view.edges.filter((e) => e.kind === 'relation');
        const inner = [...view.inner.values()];
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(
          sum(view.metaEdges.map((m) => m.relations)) + sum(inner.map((b) => b.relations)) + single.length,
        ).toBe(relations.length);
        const weight = sum(view.metaEdges.map((m) => m.weightSum)) + sum(inner.map((b) => b.weightSum));
        expect(weight + sum(single.map((e) => e.weight))).toBeCloseTo(sum(relations.map((e) => e.weight)), 9);
        for (const m of view.metaEdges) {
          expect(m.positive + m.negative + m.neutral).toBe(m.relations);
          expect(m.sign).toBe(Math.sign(m.toneSum) || 0);
        }
        // Every present actor is drawn once: on its own or inside one meta-node.
        const drawn = [...view.actors.map((a) => a.id), ...view.meta.flatMap((m) => m.members)];
        expect([...drawn].sort()).toEqual(snapshot.nodes.map((n) => n.id).sort());
      }),
    );
  });

  it('expanding every community gives back the ungrouped graph', () => {
    fc.assert(
      fc.property(graphAndSnapshot, ({ graph, snapshot }) => {
        const communities = detectCommunities(graph);
        const view = groupView(snapshot, communities, new Set(communities.communities.map((c) => c.id)));
        expect(view.meta).toEqual([]);
        expect(view.metaEdges).toEqual([]);
        expect(view.actors).toEqual(snapshot.nodes);
        expect(view.edges).toEqual(snapshot.edges);
      }),
    );
  });

  it('labels a meta-node by its most central present member and counts the others', () => {
    const graph: SpanGraph = {
      ids: ['hub', 'p', 'q', 'r'],
      kinds: ['country', 'country', 'country', 'country'],
      source: Int32Array.from([0, 0, 0, 1]),
      target: Int32Array.from([1, 2, 3, 2]),
      type: Uint8Array.from([LINK_FRIEND, LINK_FRIEND, LINK_MEMBER, LINK_FRIEND]),
      weight: Float32Array.from([1, 1, 1, 0.5]),
    };
    const communities = detectCommunities(graph);
    expect(communities.communities[0].members[0]).toBe('hub');
    const node = (id: string) => ({ id, label: id.toUpperCase(), kind: 'country' as const });
    const all = groupView({ at: '', nodes: graph.ids.map(node), edges: [] }, communities, new Set());
    expect(all.meta.map((m) => m.label)).toEqual(['HUB and 3 others']);
    const noHub = groupView({ at: '', nodes: ['p', 'q'].map(node), edges: [] }, communities, new Set());
    expect(noHub.meta[0].label).toMatch(/^[PQ] and 1 other$/);
  });

  it('places expanded members around where their folded node was', () => {
    const index = indexDataset(syntheticDataset({ seed: 8, actors: 300, pairs: 1200, events: 2400 }));
    const communities = detectCommunities(spanGraph(index));
    const positions = new Map(
      index.actorOrder.map((id, i) => [id, { x: (i % 20) * 40, y: Math.floor(i / 20) * 40 }]),
    );
    const folded = placeGrouped(communities, positions, new Set());
    const open = placeGrouped(communities, positions, new Set([0]));
    expect(open.centre[0]).toEqual(folded.centre[0]);
    for (const m of communities.communities[0].members) {
      const p = open.member.get(m)!;
      expect(Math.hypot(p.x - open.centre[0].x, p.y - open.centre[0].y)).toBeLessThan(400);
    }
    // No two folded communities overlap much.
    const { centre } = folded;
    let close = 0;
    for (let i = 0; i < centre.length; i++)
      for (let j = i + 1; j < centre.length; j++)
        if (Math.hypot(centre[i].x - centre[j].x, centre[i].y - centre[j].y) < 20) close++;
    expect(close).toBe(0);
  });

  it("keeps folded boxes apart corner to corner, and an expanded community's members off every other box", () => {
    const index = indexDataset(syntheticDataset({ seed: 21, actors: 600, pairs: 2400, events: 4800 }));
    const communities = detectCommunities(spanGraph(index));
    const positions = new Map(
      index.actorOrder.map((id, i) => [id, { x: (i % 25) * 40, y: Math.floor(i / 25) * 40 }]),
    );
    const list = communities.communities;
    const square = (p: { x: number; y: number }, side: number) => ({
      x1: p.x - side / 2,
      y1: p.y - side / 2,
      x2: p.x + side / 2,
      y2: p.y + side / 2,
    });
    type Sq = ReturnType<typeof square>;
    const meets = (a: Sq, b: Sq) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    // The two largest real communities open (the loners' group is not one).
    const open = list
      .map((c, k) => ({ k, n: c.members.length, loose: c.loose }))
      .filter((c) => !c.loose && c.n > 1)
      .sort((a, b) => b.n - a.n)
      .slice(0, 2)
      .map((c) => c.k);
    for (const expanded of [new Set<number>(), new Set(open)]) {
      const placed = placeGrouped(communities, positions, expanded);
      const boxes = list
        .map((c, k) => ({ k, r: square(placed.centre[k], metaNodeSize(c.members.length)) }))
        .filter(({ k }) => !expanded.has(k) && list[k].members.length > 1);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(meets(boxes[i].r, boxes[j].r), `boxes ${boxes[i].k} and ${boxes[j].k}`).toBe(false);
      for (const k of expanded)
        for (const m of list[k].members) {
          const r = square(placed.member.get(m)!, MEMBER_SIZE);
          for (const b of boxes) expect(meets(r, b.r), `${m} on box ${b.k}`).toBe(false);
        }
    }
  });
});
