import type { Core, ElementDefinition } from 'cytoscape';
import type { Snapshot } from '../model';
import { edgeLook, type EdgeLook, type LabelFor, sameLook } from './elements';
import { syncGraph, type SyncStats } from './sync';

/**
 * syncGraph with a scrub frame's work cut down to the changes. It remembers what it last wrote into
 * each cy, so an edge whose look did not change costs one Map look-up and no Cytoscape call at all
 * (syncGraph walks and queries all ~10k elements every frame). Whenever something else adds or removes
 * elements, the memory is dropped and the next call is a full syncGraph, which rebuilds it.
 */
interface Applied {
  edges: Map<string, EdgeLook>;
  labels: Map<string, string>;
  /** Nodes currently shown (without the `absent` class). */
  present: Set<string>;
  stale: boolean;
  syncing: boolean;
}

const memory = new WeakMap<Core, Applied>();

function remember(cy: Core): Applied {
  let applied = memory.get(cy);
  if (!applied) {
    const fresh: Applied = {
      edges: new Map(),
      labels: new Map(),
      present: new Set(),
      stale: true,
      syncing: false,
    };
    cy.on('add remove', () => {
      if (!fresh.syncing) fresh.stale = true;
    });
    memory.set(cy, fresh);
    applied = fresh;
  }
  return applied;
}

const sameLabel: LabelFor = (_id, label) => label;

function rebuild(applied: Applied, snapshot: Snapshot, labelFor: LabelFor) {
  applied.edges = new Map(snapshot.edges.map((e) => [e.id, edgeLook(e)]));
  applied.labels = new Map(snapshot.nodes.map((n) => [n.id, labelFor(n.id, n.label)]));
  applied.present = new Set(snapshot.nodes.map((n) => n.id));
  applied.stale = false;
}

export function syncGraphIncremental(
  cy: Core,
  snapshot: Snapshot,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  labelFor: LabelFor = sameLabel,
): SyncStats {
  const applied = remember(cy);
  applied.syncing = true;
  try {
    if (applied.stale) {
      const stats = syncGraph(cy, snapshot, positions, labelFor);
      rebuild(applied, snapshot, labelFor);
      return stats;
    }
    return patch(cy, applied, snapshot, positions, labelFor);
  } finally {
    applied.syncing = false;
  }
}

function patch(
  cy: Core,
  applied: Applied,
  snapshot: Snapshot,
  positions: ReadonlyMap<string, { x: number; y: number }> | undefined,
  labelFor: LabelFor,
): SyncStats {
  const stats: SyncStats = { added: 0, removed: 0, restyled: 0 };
  const edges = new Map<string, EdgeLook>();
  const present = new Set<string>();
  const labels = new Map<string, string>();
  cy.batch(() => {
    const toAdd: ElementDefinition[] = [];
    for (const n of snapshot.nodes) {
      const label = labelFor(n.id, n.label);
      present.add(n.id);
      labels.set(n.id, label);
      const known = applied.labels.get(n.id);
      if (known === undefined) {
        const existing = cy.getElementById(n.id);
        if (existing.empty()) {
          const look = { id: n.id, label, kind: n.kind };
          toAdd.push({
            group: 'nodes',
            data: look,
            position: { ...(positions?.get(n.id) ?? { x: 0, y: 0 }) },
          });
          continue;
        }
        existing.removeClass('absent').data('label', label);
        continue;
      }
      if (!applied.present.has(n.id) || known !== label) {
        const node = cy.getElementById(n.id);
        if (!applied.present.has(n.id)) node.removeClass('absent');
        if (known !== label) node.data('label', label);
      }
    }
    for (const id of applied.present) if (!present.has(id)) cy.getElementById(id).addClass('absent');
    // Nodes hidden earlier keep their label in memory, so showing them again is a class change only.
    for (const [id, label] of applied.labels) if (!labels.has(id)) labels.set(id, label);
    for (const e of snapshot.edges) {
      const look = edgeLook(e);
      edges.set(e.id, look);
      const before = applied.edges.get(e.id);
      if (!before) toAdd.push({ group: 'edges', data: { ...look } });
      else if (!sameLook(before, look)) {
        cy.getElementById(e.id).data({ sign: look.sign, w: look.w, kind: look.kind });
        stats.restyled++;
      }
    }
    for (const id of applied.edges.keys()) {
      if (edges.has(id)) continue;
      cy.getElementById(id).remove();
      stats.removed++;
    }
    stats.added = toAdd.length;
    if (toAdd.length) cy.add(toAdd);
  });
  applied.edges = edges;
  applied.labels = labels;
  applied.present = present;
  return stats;
}
