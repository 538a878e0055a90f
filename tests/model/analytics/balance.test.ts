import { describe, expect, it } from 'vitest';
import { balanceOf, signedGraphFrom, signedGraphOf, trianglesOf } from '../../../src/model/analytics';
import type { Snapshot } from '../../../src/model';
import { allNegative, coldWar, rapprochement } from './graphs';

describe('triangle balance', () => {
  it('calls a graph with two consistent camps fully balanced', () => {
    const b = balanceOf(coldWar);
    expect(b.triangles).toBe(4);
    expect(b.balancedTriangles).toBe(4);
    expect(b.index).toBe(1);
    expect(b.unbalanced).toEqual([]);
  });

  it('names the unbalanced Russia-India-Pakistan triangle', () => {
    const b = balanceOf(rapprochement);
    const names = b.unbalanced.map((t) => t.labels.join('-'));
    expect(names).toContain('Russia-India-Pakistan');
    expect(names).toContain('India-Pakistan-United States');
    expect(b.triangles).toBe(2);
    expect(b.index).toBe(0);
  });

  it('finds an all-negative triangle unbalanced and counts K4 triangles', () => {
    expect(balanceOf(allNegative(3)).index).toBe(0);
    const k4 = balanceOf(allNegative(4));
    expect(k4.triangles).toBe(4);
    expect(k4.balancedTriangles).toBe(0);
  });

  it('weights triangles by the product of their edge weights', () => {
    const g = signedGraphFrom(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 1, 1],
        ['b', 'c', 1, 1],
        ['a', 'c', 1, 1],
        ['a', 'd', -1, 0.1],
        ['b', 'd', -1, 0.1],
        ['c', 'd', 1, 0.1],
      ],
    );
    const b = balanceOf(g);
    expect(b.triangles).toBe(4);
    expect(b.index).toBe(0.5);
    // strong a-b-c (weight 1) and a-b-d (0.01) balanced; a-c-d and b-c-d (0.01 each) not.
    expect(b.weightedIndex).toBeCloseTo(1.01 / 1.03, 12);
  });

  it('reports 1 for a graph without triangles', () => {
    const path = signedGraphFrom(
      ['a', 'b', 'c'],
      [
        ['a', 'b', -1],
        ['b', 'c', -1],
      ],
    );
    expect(trianglesOf(path)).toEqual([]);
    expect(balanceOf(path).index).toBe(1);
  });

  it('builds the signed graph from relations only, leaving out neutral relations and ties', () => {
    const snapshot: Snapshot = {
      at: '2000-01-01',
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase(), kind: 'country' as const })),
      edges: [
        { id: 'rel:a~b', source: 'a', target: 'b', kind: 'relation', sign: 1, weight: 0.5, score: 8 },
        { id: 'rel:b~c', source: 'b', target: 'c', kind: 'relation', sign: 0, weight: 0.05, score: 0.4 },
        { id: 'tie:x', source: 'c', target: 'd', kind: 'war', sign: -1, weight: 1, score: -1, tie: 'x' },
      ],
    };
    const g = signedGraphOf(snapshot);
    expect(g.ids).toEqual(['a', 'b']);
    expect(g.labels).toEqual(['A', 'B']);
    expect(g.edges).toEqual([{ id: 'rel:a~b', a: 0, b: 1, sign: 1, weight: 0.5 }]);
  });
});
