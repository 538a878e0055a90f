import { describe, expect, it } from 'vitest';
import { indexDataset, layoutGraph, layoutSpan, snapshotAt } from '../../src/model';
import { loadFixture } from './fixture';

const dataset = loadFixture();

describe('deterministic layout', () => {
  it('gives the same positions every time, inside the box, for every node', () => {
    const snap = snapshotAt(dataset, '1971-12-10');
    const a = layoutGraph(snap, { width: 800, height: 600, margin: 20 });
    const b = layoutGraph(structuredClone(snap), { width: 800, height: 600, margin: 20 });
    expect([...a]).toEqual([...b]);
    expect([...a.keys()].sort()).toEqual(snap.nodes.map((n) => n.id).sort());
    for (const { x, y } of a.values()) {
      expect(x).toBeGreaterThanOrEqual(20);
      expect(x).toBeLessThanOrEqual(780);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(580);
    }
  });

  it('keeps allies closer than enemies (Soviet Union–India vs India–Pakistan in 1971)', () => {
    const p = layoutGraph(snapshotAt(dataset, '1971-12-10'));
    const d = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(d('russia', 'india')).toBeLessThan(d('india', 'pakistan'));
  });

  it('places every actor of the span once, and copes with empty and one-node graphs', () => {
    expect(layoutSpan(indexDataset(dataset)).size).toBe(dataset.actors.length);
    expect(layoutGraph({ nodes: [], edges: [] }).size).toBe(0);
    const one = layoutGraph({ nodes: [{ id: 'constructor', label: 'x', kind: 'group' }], edges: [] });
    expect(Number.isFinite(one.get('constructor')!.x)).toBe(true);
  });
});
