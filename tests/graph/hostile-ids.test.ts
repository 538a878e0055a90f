import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applySelection } from '../../src/components/graph/graph-selection';
import { applyOverlay } from '../../src/graph/camps';
import { actorIdOf, cyNodeId } from '../../src/graph/elements';
import { syncGraphFrame } from '../../src/graph/frame-sync';
import { spanLayout } from '../../src/graph/layout';
import { type Dataset, indexDataset, stateAt } from '../../src/model';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';

/** Every name Object.prototype carries, plus the ones engines hide: a plain object keyed by id hits them. */
const PROTOTYPE_NAMES = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']),
];

function datasetWith(ids: readonly string[]): Dataset {
  return {
    meta: { name: 'prototype ids', span: { from: '1950', to: '2000' } },
    sources: [{ id: 'src', title: 'generated' }],
    actors: ids.map((id) => ({ id, kind: 'country' as const, labels: [{ label: id }], aliases: [] })),
    ties: [],
    events: ids.slice(1).map((id, i) => ({
      id: `e${i}`,
      date: `${1960 + i}`,
      source: ids[i],
      target: id,
      cameo: i % 2 ? '05' : '11',
      score: i % 2 ? 3 : -4,
      summary: 'generated event',
      citations: [{ source: 'src', line: 1 }],
    })),
  };
}

function liveGraph(ids: readonly string[]) {
  const index = indexDataset(datasetWith(ids));
  const positions = spanLayout(index);
  const cy = cytoscape({ headless: true, styleEnabled: false });
  syncGraphFrame(cy, index, stateAt(index, index.span.end), DEFAULT_FILTERS, positions);
  return { cy, index, positions };
}

describe('actor ids named like Object.prototype members never break the graph', () => {
  test('the layout, the canvas sync, the selection and the overlay all run, and algorithms too', () => {
    const ids = ['plain', ...PROTOTYPE_NAMES];
    const { cy, positions } = liveGraph(ids);
    expect([...positions.keys()].sort()).toEqual([...ids].sort());
    // Cytoscape's BFS (components, cose) keys plain objects by element id.
    expect(() => cy.elements().components()).not.toThrow();
    expect(() => cy.layout({ name: 'cose', animate: false, numIter: 20 }).run()).not.toThrow();
    applySelection(cy, { type: 'node', id: 'constructor' });
    expect(cy.getElementById(cyNodeId('constructor')).selected()).toBe(true);
    applyOverlay(cy, {
      camps: { constructor: 'A', plain: 'B' } as const,
      sizes: new Map([['__proto__', 20]]),
      ghosts: [{ id: 'rel:constructor~valueOf', source: 'constructor', target: 'valueOf', sign: -1 }],
    });
    expect(cy.getElementById(cyNodeId('constructor')).hasClass('camp-a')).toBe(true);
    expect(cy.getElementById(cyNodeId('__proto__')).data('size')).toBe(20);
    expect(
      cy
        .nodes()
        .map((n) => actorIdOf(n.id()))
        .sort(),
    ).toEqual([...ids].sort());
  });

  test('fuzz: any mix of prototype names and ordinary ids lays out and syncs', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/)),
          {
            minLength: 2,
            maxLength: 12,
          },
        ),
        (ids) => {
          const { cy } = liveGraph(ids);
          cy.elements().components();
          expect(cy.nodes().length).toBe(ids.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});
