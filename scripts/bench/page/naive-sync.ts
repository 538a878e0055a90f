import type { Core, ElementDefinition } from 'cytoscape';
import type { Snapshot } from '../../../src/model';

/**
 * The baseline adapter: every step writes every element's data (raw weight, no quantising), the way a
 * first version would. Same batch, same elements; only the "touch what changed" logic is missing.
 */
export function naiveSync(cy: Core, snapshot: Snapshot): number {
  let touched = 0;
  cy.batch(() => {
    const present = new Set(snapshot.nodes.map((n) => n.id));
    const labels = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
    cy.nodes().forEach((node) => {
      node.data({ label: labels.get(node.id()) ?? node.data('label') });
      if (present.has(node.id())) node.removeClass('absent');
      else node.addClass('absent');
      touched++;
    });
    const wanted = new Set(snapshot.edges.map((e) => e.id));
    cy.edges().forEach((edge) => {
      if (!wanted.has(edge.id())) edge.remove();
    });
    const toAdd: ElementDefinition[] = [];
    for (const e of snapshot.edges) {
      const data = { id: e.id, source: e.source, target: e.target, kind: e.kind, sign: e.sign, w: e.weight };
      const el = cy.getElementById(e.id);
      if (el.empty()) toAdd.push({ group: 'edges', data });
      else el.data({ kind: e.kind, sign: e.sign, w: e.weight });
      touched++;
    }
    if (toAdd.length) cy.add(toAdd);
  });
  return touched;
}
