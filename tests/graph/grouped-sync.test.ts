import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addWaitingGrouped, communityNodeId, metaWidth, syncGrouped } from '../../src/graph/grouped-sync';
import { cyNodeId } from '../../src/graph/elements';
import { groupView, indexDataset, placeGrouped, snapshotAt, spanGraph } from '../../src/model';
import { detectCommunities } from '../../src/model/communities/louvain';
import { syntheticDataset } from '../../src/model/synthetic';

const same = (_id: string, label: string) => label;

describe('drawing the grouped graph in cy', () => {
  const index = indexDataset(syntheticDataset({ seed: 5, actors: 400, pairs: 1600, events: 4000 }));
  const communities = detectCommunities(spanGraph(index));
  const snapshot = snapshotAt(index, Math.round((index.span.start + index.span.end) / 2));
  const positions = new Map(
    index.actorOrder.map((id, i) => [id, { x: (i % 20) * 50, y: Math.floor(i / 20) * 50 }]),
  );

  function draw(cy: cytoscape.Core, expanded: Set<number>, moved = true) {
    const view = groupView(snapshot, communities, expanded);
    syncGrouped(cy, view, communities, placeGrouped(communities, positions, expanded), same, moved);
    return view;
  }

  it('draws one node per folded community and one edge per meta-edge, at the placement', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const view = draw(cy, new Set());
    expect(cy.nodes('[kind = "community"]').length).toBe(view.meta.length);
    expect(cy.nodes().length).toBe(view.meta.length + view.actors.length);
    expect(cy.edges('[kind = "meta"]').length).toBe(view.metaEdges.length);
    const placement = placeGrouped(communities, positions, new Set());
    const first = view.meta[0];
    const node = cy.getElementById(communityNodeId(first.community));
    expect(node.position()).toEqual(placement.centre[first.community]);
    expect(node.data('members')).toBe(first.members.length);
    expect(String(node.data('label'))).toMatch(/^\d[\d,]*\n/);
  });

  it('expanding replaces the meta-node by its members and re-points the edges; collapsing undoes it', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const folded = draw(cy, new Set());
    const k = folded.meta[0].community;
    const view = draw(cy, new Set([k]));
    expect(cy.getElementById(communityNodeId(k)).empty()).toBe(true);
    for (const m of folded.meta[0].members) expect(cy.getElementById(cyNodeId(m)).nonempty()).toBe(true);
    // Every drawn edge ends on drawn nodes, and cy holds exactly the view's edges.
    expect(cy.edges().length).toBe(view.edges.length + view.metaEdges.length);
    cy.edges().forEach((e) => {
      expect(e.source().nonempty() && e.target().nonempty()).toBe(true);
    });
    draw(cy, new Set());
    expect(cy.nodes().length).toBe(folded.meta.length + folded.actors.length);
    expect(cy.edges().length).toBe(folded.edges.length + folded.metaEdges.length);
  });

  it('a large first grouped draw goes in chunks: boxes and the strongest links first, then the rest', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const view = groupView(snapshot, communities, new Set());
    let scheduled = 0;
    const size = view.meta.length + view.actors.length + 5;
    syncGrouped(cy, view, communities, placeGrouped(communities, positions, new Set()), same, true, {
      size,
      schedule: () => scheduled++,
    });
    expect(scheduled).toBe(1);
    // Every node is in the first chunk, with the five meta-edges standing for the most relations.
    expect(cy.nodes().length).toBe(view.meta.length + view.actors.length);
    const strongest = [...view.metaEdges].sort((a, b) => b.relations - a.relations)[4].relations;
    expect(cy.edges().length).toBe(5);
    cy.edges().forEach((e) => {
      expect(Number(e.data('relations'))).toBeGreaterThanOrEqual(strongest);
    });
    while (addWaitingGrouped(cy, 50));
    expect(cy.edges().length).toBe(view.edges.length + view.metaEdges.length);
    expect(addWaitingGrouped(cy, 50)).toBe(false);
  });

  it('a grouped draw while chunks still wait takes in what is wanted now, with nothing twice', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const view = groupView(snapshot, communities, new Set());
    const chunks = { size: view.meta.length + 3, schedule: () => undefined };
    syncGrouped(cy, view, communities, placeGrouped(communities, positions, new Set()), same, true, chunks);
    draw(cy, new Set());
    expect(cy.elements().length).toBe(
      view.meta.length + view.actors.length + view.edges.length + view.metaEdges.length,
    );
    expect(addWaitingGrouped(cy, 1000)).toBe(false);
  });

  it('widens meta-edges with the log of their relations', () => {
    expect(metaWidth(1)).toBeLessThan(metaWidth(10));
    expect(metaWidth(10)).toBeLessThan(metaWidth(100));
    expect(metaWidth(10_000)).toBe(1);
  });
});
