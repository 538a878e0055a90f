import type { Core, EdgeSingular } from 'cytoscape';
import type { Selection } from '../store';

/**
 * Marks the selection on the canvas. A selected actor keeps its own relations and ties in full colour,
 * a selected line its two ends, and the rest dims. Runs on every time step while something is
 * selected, so it only touches elements whose state changes.
 */
export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    const element = selection ? cy.getElementById(selection.id) : cy.collection();
    cy.$(':selected').not(element).unselect();
    if (element.nonempty() && !element.selected()) element.select();
    const focused = element.nonempty() && !element.hasClass('absent');
    if (!focused) {
      cy.$('.dimmed').removeClass('dimmed');
      return;
    }
    const keep = new Set<string>();
    const near = element.isNode()
      ? element.closedNeighborhood()
      : (element as EdgeSingular).union((element as EdgeSingular).connectedNodes());
    near.forEach((e) => {
      keep.add(e.id());
    });
    cy.elements().forEach((e) => {
      const dim = !keep.has(e.id()) && !e.hasClass('absent');
      if (dim !== e.hasClass('dimmed')) e.toggleClass('dimmed', dim);
    });
  });
}
