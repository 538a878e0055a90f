import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { indexDataset, snapshotAt } from '../../src/model';
import { applyOverlay, overlayRules } from '../../src/graph/camps';
import { cyNodeId } from '../../src/graph/elements';
import { stylesheet } from '../../src/graph/stylesheet';
import { syncGraph } from '../../src/graph/sync';
import { loadFixture } from '../model/fixture';

const index = indexDataset(loadFixture());

function synced(at: string) {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  syncGraph(cy, snapshotAt(index, at));
  return cy;
}

describe('analytics overlay on the graph', () => {
  test('camps view rings each actor by camp and marks frustrated ties; clearing leaves no trace', () => {
    const cy = synced('1971-12-10');
    applyOverlay(cy, {
      camps: { russia: 'A', india: 'A', pakistan: 'B' },
      frustrated: new Set(['rel:india~russia']),
    });
    expect(cy.getElementById(cyNodeId('russia')).hasClass('camp-a')).toBe(true);
    expect(cy.getElementById(cyNodeId('pakistan')).hasClass('camp-b')).toBe(true);
    expect(cy.getElementById('rel:india~russia').hasClass('frustrated')).toBe(true);
    applyOverlay(cy, {});
    expect(cy.$('.camp-a, .camp-b, .frustrated').length).toBe(0);
  });

  test('compare marks changed edges, dims the rest and draws vanished relations as ghosts', () => {
    const cy = synced('2004-01-01');
    applyOverlay(cy, {
      changes: new Map([['rel:pakistan~russia', 'flipped' as const]]),
      ghosts: [{ id: 'rel:india~pakistan', source: 'india', target: 'pakistan', sign: -1 }],
    });
    expect(cy.getElementById('rel:pakistan~russia').hasClass('change-flipped')).toBe(true);
    const ghost = cy.getElementById('ghost:rel:india~pakistan');
    expect(ghost.nonempty()).toBe(true);
    expect(ghost.hasClass('change-vanished')).toBe(true);
    expect(cy.edges('.unchanged').length).toBe(cy.edges().length - 2);
    // A later sync drops the ghost; clearing the overlay removes it too.
    applyOverlay(cy, {});
    expect(cy.getElementById('ghost:rel:india~pakistan').empty()).toBe(true);
  });

  test('sizes nodes by a metric through data the stylesheet maps', () => {
    const cy = synced('1971-12-10');
    applyOverlay(cy, { sizes: new Map([['india', 40]]) });
    expect(cy.getElementById(cyNodeId('india')).data('size')).toBe(40);
    applyOverlay(cy, { sizes: null });
    expect(cy.getElementById(cyNodeId('india')).data('size')).toBeUndefined();
    const selectors = (stylesheet('light') as unknown as { selector: string }[]).map((r) => r.selector);
    for (const rule of overlayRules()) expect(selectors).toContain(rule.selector);
  });
});
