import type { Core } from 'cytoscape';
import { cyNodeId } from '../../graph/elements';

const CLASS = 'story';
const marked = new WeakMap<Core, Set<string>>();

/**
 * Rings the actors a story chapter names (class `story`, styled in src/graph/stylesheet.ts). Only
 * the difference from the last call is touched, so time steps within a chapter cost nothing.
 */
export function applyHighlight(cy: Core, ids: readonly string[]): void {
  const before = marked.get(cy) ?? new Set<string>();
  const after = new Set(ids);
  cy.batch(() => {
    for (const id of before) if (!after.has(id)) cy.getElementById(cyNodeId(id)).removeClass(CLASS);
    for (const id of after) {
      const node = cy.getElementById(cyNodeId(id));
      if (!node.hasClass(CLASS)) node.addClass(CLASS);
    }
  });
  marked.set(cy, after);
}
