import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { indexDataset, layoutSpan, snapshotAt } from '../../src/model';
import {
  datasetToDynamicGexf,
  dynamicGraph,
  edgeValues,
  isDirectedEdge,
  lastingPairs,
  snapshotToGexf,
} from '../../src/model/export';
import { loadFixture } from '../model/fixture';

/** graphology (sigma.js, the JavaScript side of graph analysis) reading our GEXF exports. */
const index = indexDataset(loadFixture('../../data/entente.json'));
const positions = layoutSpan(index);

describe('graphology-gexf', () => {
  it('reads the static GEXF: counts, attributes and positions', () => {
    const snap = snapshotAt(index, '1971-12-15');
    const g = gexf.parse(Graph, snapshotToGexf(snap, positions));
    expect([g.order, g.size, g.type]).toEqual([snap.nodes.length, snap.edges.length, 'undirected']);
    const lasting = lastingPairs(snap);
    for (const e of snap.edges) {
      const got = g.getEdgeAttributes(e.id);
      const v = edgeValues(e, lasting);
      expect([got.evidence, got.confidence, got.insufficient, got.lasting]).toEqual([
        v.evidence,
        v.confidence,
        v.insufficient,
        v.lasting,
      ]);
      expect([got.weight, got.sign, got.score, got.directed, got.from, got.to]).toEqual([
        e.weight,
        e.sign,
        e.score,
        isDirectedEdge(e),
        e.source,
        e.target,
      ]);
    }
    const p = positions.get('pakistan')!;
    expect([g.getNodeAttribute('pakistan', 'x'), g.getNodeAttribute('pakistan', 'y')]).toEqual([p.x, -p.y]);
  });

  it('reads the dynamic GEXF whole, with the static peak weight; each time series keeps its last value', () => {
    const graph = dynamicGraph(index);
    // graphology keeps only the last <attributes> block of a class, so it needs this option for
    // a file that declares static and dynamic attributes (as GEXF asks).
    const g = gexf.parse(Graph, datasetToDynamicGexf(index, { positions }), {
      allowUndeclaredAttributes: true,
    });
    expect([g.order, g.size]).toEqual([graph.nodes.length, graph.edges.length]);
    for (const e of graph.edges) {
      const got = g.getEdgeAttributes(e.id);
      expect(got.weight).toBe(Math.max(...e.weight.map((r) => r.value)));
      expect(Number(got.strength)).toBe(e.weight[e.weight.length - 1].value);
    }
    for (const n of graph.nodes) expect(g.getNodeAttribute(n.id, 'x')).toBe(positions.get(n.id)!.x);
  });
});
