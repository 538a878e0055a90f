import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { applySelection } from '../../src/components/graph-selection';
import { indexDataset, snapshotAt } from '../../src/model';
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
    expect(cy.getElementById('india').selected()).toBe(true);
    const kept = cy.getElementById('india').closedNeighborhood();
    expect(dimmed(cy)).toEqual(
      cy
        .elements()
        .not(kept)
        .map((e) => e.id())
        .sort(),
    );
    expect(dimmed(cy)).toContain('usa');
  });

  test('a selected line keeps its two ends; clearing the selection undims everything', () => {
    const cy = graphAt('1971-12-10');
    applySelection(cy, { type: 'edge', id: 'rel:india~russia' });
    expect(dimmed(cy)).not.toContain('india');
    expect(dimmed(cy)).not.toContain('russia');
    expect(dimmed(cy)).toContain('pakistan');
    applySelection(cy, null);
    expect(dimmed(cy)).toEqual([]);
    expect(cy.$(':selected').length).toBe(0);
  });

  test('an actor that is not on the graph at the date dims nothing', () => {
    const cy = graphAt('1971-12-10');
    applySelection(cy, { type: 'node', id: 'musharraf' });
    expect(dimmed(cy)).toEqual([]);
  });
});
