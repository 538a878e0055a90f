import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { applySelection } from '../../src/components/graph/graph-selection';
import { cyNodeId } from '../../src/graph/elements';
import { indexDataset, snapshotAt, stateAt } from '../../src/model';
import { syncGraphFrame } from '../../src/graph/frame-sync';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';
import { syntheticDataset } from '../../src/model/synthetic';
import { syncGraph } from '../../src/graph/sync';
import { loadFixture } from '../model/fixture';

const index = indexDataset(loadFixture());

function graphAt(date: string) {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  syncGraph(cy, snapshotAt(index, date));
  return cy;
}

const dimmed = (cy: cytoscape.Core) =>
  cy
    .$('.dimmed')
    .map((e) => e.id())
    .sort();

describe('the selection on the canvas', () => {
  test('a selected actor dims everything but itself, its neighbours and its lines', () => {
    const cy = graphAt('1971-12-10');
    applySelection(cy, { type: 'node', id: 'india' });
    expect(cy.getElementById(cyNodeId('india')).selected()).toBe(true);
    const kept = cy.getElementById(cyNodeId('india')).closedNeighborhood();
    expect(dimmed(cy)).toEqual(
      cy
        .elements()
        .not(kept)
        .map((e) => e.id())
        .sort(),
    );
    expect(dimmed(cy)).toContain(cyNodeId('usa'));
  });

  test('a selected line keeps its two ends; clearing the selection undims everything', () => {
    const cy = graphAt('1971-12-10');
    applySelection(cy, { type: 'edge', id: 'rel:india~russia' });
    expect(dimmed(cy)).not.toContain(cyNodeId('india'));
    expect(dimmed(cy)).not.toContain(cyNodeId('russia'));
    expect(dimmed(cy)).toContain(cyNodeId('pakistan'));
    applySelection(cy, null);
    expect(dimmed(cy)).toEqual([]);
    expect(cy.$(':selected').length).toBe(0);
  });

  test('an actor that is not on the graph at the date dims nothing', () => {
    const cy = graphAt('1971-12-10');
    applySelection(cy, { type: 'node', id: 'musharraf' });
    expect(dimmed(cy)).toEqual([]);
  });

  test('scrubbing with a selection keeps the marks a fresh canvas would get, step after step', () => {
    const big = indexDataset(syntheticDataset({ seed: 21, actors: 40, pairs: 200, events: 4000 }));
    const busiest = big.pairs[0].a;
    const live = cytoscape({ headless: true, styleEnabled: false });
    const { start, end } = big.span;
    const shown = (cy: cytoscape.Core) =>
      cy
        .elements()
        .filter((e) => !e.hasClass('absent'))
        .map((e) => `${e.id()}${e.hasClass('dimmed') ? ' dimmed' : ''}${e.selected() ? ' selected' : ''}`)
        .sort();
    const steps = [
      0.1,
      0.3,
      0.31,
      0.6,
      0.2,
      0.9,
      0.5,
      ...Array.from({ length: 30 }, (_, k) => 0.2 + k * 0.025),
    ];
    steps.forEach((f, i) => {
      const t = Math.round(start + (end - start) * f);
      const selection = i === 4 ? null : { type: 'node' as const, id: busiest };
      syncGraphFrame(live, big, stateAt(big, t), DEFAULT_FILTERS);
      applySelection(live, selection);
      const fresh = cytoscape({ headless: true, styleEnabled: false });
      syncGraphFrame(fresh, big, stateAt(big, t), DEFAULT_FILTERS);
      applySelection(fresh, selection);
      expect(shown(live)).toEqual(shown(fresh));
    });
  });
});
