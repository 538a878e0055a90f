import type { Core, ElementDefinition } from 'cytoscape';
import type { Snapshot } from '../model';
import { type LabelFor, actorIdOf, sameLook, snapshotLooks } from './elements';

export interface SyncStats {
  added: number;
  removed: number;
  restyled: number;
}

/**
 * Brings cy in line with a snapshot inside one batch: nodes stay in place and fade via the `absent`
 * class, edges are added or removed by id, and an edge is touched only when its visible look changes.
 * Positions are never recomputed here.
 */
export function syncGraph(
  cy: Core,
  snapshot: Snapshot,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  labelFor?: LabelFor,
): SyncStats {
  const { nodes, edges } = snapshotLooks(snapshot, labelFor);
  const stats: SyncStats = { added: 0, removed: 0, restyled: 0 };
  cy.batch(() => {
    const toAdd: ElementDefinition[] = [];
    cy.nodes().forEach((node) => {
      const look = nodes.get(actorIdOf(node.id()));
      if (!look) {
        if (!node.hasClass('absent')) node.addClass('absent');
        return;
      }
      if (node.hasClass('absent')) node.removeClass('absent');
      if (node.data('label') !== look.label) node.data('label', look.label);
    });
    for (const [actorId, look] of nodes) {
      if (cy.getElementById(look.id).empty()) {
        toAdd.push({
          group: 'nodes',
          data: { ...look },
          position: { ...(positions?.get(actorId) ?? { x: 0, y: 0 }) },
        });
      }
    }
    cy.edges().forEach((edge) => {
      const look = edges.get(edge.id());
      if (!look) {
        edge.remove();
        stats.removed++;
      } else if (!sameLook(edge.data(), look)) {
        edge.data({ sign: look.sign, w: look.w, kind: look.kind, c: look.c, low: look.low });
        stats.restyled++;
      }
    });
    for (const look of edges.values()) {
      if (cy.getElementById(look.id).empty()) toAdd.push({ group: 'edges', data: { ...look } });
    }
    stats.added = toAdd.length;
    if (toAdd.length) cy.add(toAdd);
  });
  return stats;
}
