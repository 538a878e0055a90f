import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { indexDataset, snapshotAt } from '../../src/model';
import { actorIdOf, cyNodeId, quantiseWeight } from '../../src/graph/elements';
import { spanLayout } from '../../src/graph/layout';
import { syncGraph } from '../../src/graph/sync';
import { loadFixture } from '../model/fixture';

const index = indexDataset(loadFixture());

function headless() {
  return cytoscape({ headless: true, styleEnabled: false });
}

describe('syncGraph patches a long-lived cy instance', () => {
  test('the first sync adds every node and edge of the snapshot', () => {
    const cy = headless();
    const snap = snapshotAt(index, '1971-12-10');
    syncGraph(cy, snap);
    expect(
      cy
        .nodes()
        .map((n) => actorIdOf(n.id()))
        .sort(),
    ).toEqual(snap.nodes.map((n) => n.id).sort());
    expect(cy.edges().length).toBe(snap.edges.length);
    expect(cy.getElementById(cyNodeId('russia')).data('label')).toBe('Soviet Union');
  });

  test('nodes that leave stay in place, faded, and come back; labels follow time', () => {
    const cy = headless();
    const positions = spanLayout(index);
    syncGraph(cy, snapshotAt(index, '1960'), positions);
    const seato = cy.getElementById(cyNodeId('seato'));
    const where = { ...seato.position() };
    syncGraph(cy, snapshotAt(index, '1995'), positions);
    expect(seato.hasClass('absent')).toBe(true);
    expect(seato.position()).toEqual(where);
    expect(cy.getElementById(cyNodeId('russia')).data('label')).toBe('Russia');
    syncGraph(cy, snapshotAt(index, '1960'), positions);
    expect(seato.hasClass('absent')).toBe(false);
  });

  test('a step that changes no visible look touches no edge', () => {
    const cy = headless();
    syncGraph(cy, snapshotAt(index, '1985-01-01'));
    const stats = syncGraph(cy, snapshotAt(index, '1985-01-02'));
    expect(stats).toEqual({ added: 0, removed: 0, restyled: 0 });
  });

  test('edges that end are removed and edges whose look changes are restyled', () => {
    const cy = headless();
    syncGraph(cy, snapshotAt(index, '1971-12-10'));
    expect(cy.getElementById('tie:tie-war-1971').nonempty()).toBe(true);
    const stats = syncGraph(cy, snapshotAt(index, '1973-01-01'));
    expect(cy.getElementById('tie:tie-war-1971').empty()).toBe(true);
    expect(stats.removed).toBeGreaterThan(0);
    const rel = cy.getElementById('rel:india~pakistan');
    expect(rel.data('w')).toBe(
      quantiseWeight(snapshotAt(index, '1973-01-01').edges.find((e) => e.id === rel.id())!.weight),
    );
  });

  test('the span layout gives every actor a position and is deterministic', () => {
    const a = spanLayout(index);
    const b = spanLayout(index);
    expect([...a.keys()].sort()).toEqual(index.actorOrder.slice().sort());
    expect(a).toEqual(b);
  });
});
