import type { Core, EdgeSingular } from 'cytoscape';
import { cyNodeId } from '../../graph/elements';
import type { Selection } from '../../store';

/**
 * What the last call left on a cy: the selected id, the ids kept bright around it, and the elements
 * added since (they arrive undimmed). With that, a time step with an unchanged selection touches only
 * the neighbourhood's changes and the new elements, not all 10k elements.
 */
interface Marks {
  selected: string | null;
  /** Null when nothing is dimmed. */
  kept: Set<string> | null;
  added: string[];
}

const marks = new WeakMap<Core, Marks>();

function marksOf(cy: Core): Marks {
  let m = marks.get(cy);
  if (!m) {
    const fresh: Marks = { selected: null, kept: null, added: [] };
    cy.on('add', (event) => {
      if (fresh.kept) fresh.added.push((event.target as EdgeSingular).id());
    });
    marks.set(cy, fresh);
    m = fresh;
    // First call on this cy: whatever is selected or dimmed is unknown, so undo it all once.
    cy.batch(() => {
      cy.$(':selected').unselect();
      cy.$('.dimmed').removeClass('dimmed');
    });
  }
  return m;
}

/**
 * Marks the selection on the canvas. A selected actor keeps its own relations and ties in full colour,
 * a selected line its two ends, and the rest dims. Runs on every time step while something is
 * selected, so it only touches elements whose state changes.
 */
export function applySelection(cy: Core, selection: Selection): void {
  const m = marksOf(cy);
  cy.batch(() => {
    // The cy id: actors' nodes are prefixed (see cyNodeId), edge ids are used as they are.
    const id = selection === null ? null : selection.type === 'node' ? cyNodeId(selection.id) : selection.id;
    const element = id === null ? cy.collection() : cy.getElementById(id);
    if (id !== m.selected) {
      if (m.selected !== null) cy.getElementById(m.selected).unselect();
      m.selected = id;
    }
    if (element.nonempty() && !element.selected()) element.select();
    const focused = element.nonempty() && !element.hasClass('absent');
    if (!focused) {
      if (m.kept) cy.$('.dimmed').removeClass('dimmed');
      m.kept = null;
      m.added = [];
      return;
    }
    const near = element.isNode()
      ? element.closedNeighborhood()
      : (element as EdgeSingular).union((element as EdgeSingular).connectedNodes());
    const kept = new Set<string>(near.map((e) => e.id()));
    if (!m.kept) {
      // Dimming starts: every element outside the neighbourhood, once.
      cy.elements().forEach((e) => {
        e.toggleClass('dimmed', !kept.has(e.id()));
      });
    } else {
      const dim = (ids: Iterable<string>) => {
        for (const other of ids) if (!kept.has(other)) cy.getElementById(other).addClass('dimmed');
      };
      dim(m.kept);
      dim(m.added);
      for (const k of kept) if (!m.kept.has(k)) cy.getElementById(k).removeClass('dimmed');
    }
    m.kept = kept;
    m.added = [];
  });
}
