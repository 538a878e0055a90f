import type { Core, EdgeSingular } from 'cytoscape';
import type { Selection } from '../store';

/** Per cy: whether the last call left a selection or dimmed elements behind. */
const marked = new WeakMap<Core, boolean>();

/**
 * Marks the selection on the canvas. A selected actor keeps its own relations and ties in full colour,
 * a selected line its two ends, and the rest dims. Runs on every time step while something is
 * selected, so it only touches elements whose state changes.
 */
export function applySelection(cy: Core, selection: Selection): void {
  // With nothing selected before or now, there is nothing to undo: skip the scans of every element
  // (about 3 ms a frame at 10k elements). Taps select through the store, so this record stays true.
  const idle = !selection && marked.get(cy) === false;
  marked.set(cy, Boolean(selection));
  if (idle) return;
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
