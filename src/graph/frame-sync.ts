import type { Collection, Core, ElementDefinition } from 'cytoscape';
import {
  type DatasetIndex,
  type PairState,
  type ViewFilter,
  labelAt,
  markVisibleActors,
  tieSign,
  tieVisible,
  visibleSign,
  weightOf,
} from '../model';
import { type LabelFor, lookCode, lookOfCode } from './elements';
import { type Applied, extrasOf, remember, reread } from './frame-memory';
import type { SyncStats } from './sync';

const sameLabel: LabelFor = (_id, label) => label;

/**
 * The scrub path: patches cy straight from a PairState (typed arrays), with no snapshot objects, maps
 * or strings per frame. Each pair's drawn look is one small number (sign x quantised weight); cy is
 * touched only where that number changes. The result is exactly what syncGraph makes of the filtered
 * snapshot (tests/graph/frame-sync.test.ts checks it frame by frame).
 */
export function syncGraphFrame(
  cy: Core,
  index: DatasetIndex,
  state: PairState,
  filter: ViewFilter,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  labelFor: LabelFor = sameLabel,
): SyncStats {
  const applied = remember(cy);
  applied.syncing = true;
  try {
    const stats: SyncStats = { added: 0, removed: 0, restyled: 0 };
    cy.batch(() => {
      if (applied.stale || applied.index !== index) reread(cy, applied, index);
      const toAdd: ElementDefinition[] = [];
      const toRemove = cy.collection();
      const visible = patchNodes(cy, applied, index, state, filter, positions, labelFor, toAdd);
      patchRelations(cy, applied, index, state, filter, visible, toAdd, toRemove, stats);
      patchTies(cy, applied, index, state, filter, visible, toAdd, toRemove);
      // One call each: Cytoscape re-packs its element list on every remove (O(elements) per call).
      stats.removed = toRemove.length;
      if (toRemove.length) toRemove.remove();
      stats.added = toAdd.length;
      if (toAdd.length) cy.add(toAdd);
    });
    return stats;
  } finally {
    applied.syncing = false;
  }
}

const visibleScratch = new WeakMap<Applied, Uint8Array>();

function patchNodes(
  cy: Core,
  applied: Applied,
  index: DatasetIndex,
  state: PairState,
  filter: ViewFilter,
  positions: ReadonlyMap<string, { x: number; y: number }> | undefined,
  labelFor: LabelFor,
  toAdd: ElementDefinition[],
): Uint8Array {
  const { actorOrder, actorEntries } = index;
  let visible = visibleScratch.get(applied);
  if (!visible || visible.length !== actorOrder.length) {
    visible = new Uint8Array(actorOrder.length);
    visibleScratch.set(applied, visible);
  }
  markVisibleActors(index, state, filter, visible);
  for (let i = 0; i < actorOrder.length; i++) {
    const entry = actorEntries[i];
    const on = visible[i] === 1;
    const was = applied.node[i];
    if (on && was === 0) {
      const id = actorOrder[i];
      const label = labelFor(id, labelAt(entry, state.day));
      toAdd.push({
        group: 'nodes',
        data: { id, label, kind: entry.actor.kind },
        position: { ...(positions?.get(id) ?? { x: 0, y: 0 }) },
      });
      applied.node[i] = 1;
      applied.labels[i] = label;
    } else if (on && was === 2) {
      const node = cy.getElementById(actorOrder[i]);
      node.removeClass('absent');
      const label = labelFor(actorOrder[i], labelAt(entry, state.day));
      if (label !== applied.labels[i]) node.data('label', label);
      applied.node[i] = 1;
      applied.labels[i] = label;
    } else if (!on && was === 1) {
      cy.getElementById(actorOrder[i]).addClass('absent');
      applied.node[i] = 2;
    }
  }
  // Only actors with several names (USSR -> Russia) can change label while shown.
  for (const i of extrasOf(index).multiLabel) {
    if (applied.node[i] !== 1) continue;
    const label = labelFor(actorOrder[i], labelAt(actorEntries[i], state.day));
    if (label === applied.labels[i]) continue;
    cy.getElementById(actorOrder[i]).data('label', label);
    applied.labels[i] = label;
  }
  return visible;
}

function patchRelations(
  cy: Core,
  applied: Applied,
  index: DatasetIndex,
  state: PairState,
  filter: ViewFilter,
  visible: Uint8Array,
  toAdd: ElementDefinition[],
  toRemove: Collection,
  stats: SyncStats,
) {
  const { options, pairs } = index;
  const restyle: (Collection | undefined)[] = [];
  for (let p = 0; p < state.shown.length; p++) {
    const sign = visibleSign(index, state, p, filter, visible);
    const code = sign === null ? 0 : lookCode(sign, weightOf(state.score[p], options));
    const before = applied.edge[p];
    if (code === before) continue;
    applied.edge[p] = code;
    const pair = pairs[p];
    if (before === 0) {
      const look = lookOfCode(code);
      toAdd.push({
        group: 'edges',
        data: { id: pair.edgeId, source: pair.a, target: pair.b, kind: 'relation', ...look },
      });
    } else if (code === 0) {
      toRemove.merge(cy.getElementById(pair.edgeId));
    } else {
      (restyle[code] ??= cy.collection()).merge(cy.getElementById(pair.edgeId));
      stats.restyled++;
    }
  }
  // One data() call per look, not per edge: Cytoscape then emits one event and restyles in one pass.
  restyle.forEach((edges, code) => edges?.data(lookOfCode(code)));
}

function patchTies(
  cy: Core,
  applied: Applied,
  index: DatasetIndex,
  state: PairState,
  filter: ViewFilter,
  visible: Uint8Array,
  toAdd: ElementDefinition[],
  toRemove: Collection,
) {
  index.ties.forEach(({ tie }, k) => {
    const on = tieVisible(index, state, k, filter, visible) ? 1 : 0;
    if (on === applied.tie[k]) return;
    applied.tie[k] = on;
    const id = `tie:${tie.id}`;
    if (on) {
      const data = {
        id,
        source: tie.source,
        target: tie.target,
        kind: tie.type,
        sign: tieSign(tie.type),
        w: 1,
      };
      toAdd.push({ group: 'edges', data });
    } else {
      toRemove.merge(cy.getElementById(id));
    }
  });
}
