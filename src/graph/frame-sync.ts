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
import { type LabelFor, WEIGHT_STEPS } from './elements';
import type { SyncStats } from './sync';

/**
 * The scrub path: patches cy straight from a PairState (typed arrays), with no snapshot objects, maps
 * or strings per frame. Each pair's drawn look is one small number (sign x quantised weight); cy is
 * touched only where that number changes. The result is exactly what syncGraph makes of the filtered
 * snapshot (tests/graph/frame-sync.test.ts checks it frame by frame).
 */
interface Applied {
  index: DatasetIndex | null;
  /** Per actor: 0 not in cy, 1 shown, 2 in cy but `absent`. */
  node: Uint8Array;
  labels: (string | undefined)[];
  /** Per pair: 0 no edge in cy, else lookCode(sign, weight). */
  edge: Uint8Array;
  /** Per tie: 1 when its edge is in cy. */
  tie: Uint8Array;
  stale: boolean;
  syncing: boolean;
}

interface IndexExtras {
  multiLabel: Int32Array;
  pairOfEdge: Map<string, number>;
  tieOfEdge: Map<string, number>;
}

const memory = new WeakMap<Core, Applied>();
const extrasCache = new WeakMap<DatasetIndex, IndexExtras>();
const SIGN_STEPS = WEIGHT_STEPS + 1;

/** 1..27: which of the 3 x 9 drawn looks a relation has (0 is kept for "not drawn"). */
export function lookCode(sign: -1 | 0 | 1, weight: number): number {
  return 1 + (sign + 1) * SIGN_STEPS + Math.round(Math.min(1, Math.max(0, weight)) * WEIGHT_STEPS);
}

function decode(code: number): { sign: -1 | 0 | 1; w: number } {
  const sign = (Math.floor((code - 1) / SIGN_STEPS) - 1) as -1 | 0 | 1;
  return { sign, w: ((code - 1) % SIGN_STEPS) / WEIGHT_STEPS };
}

function extrasOf(index: DatasetIndex): IndexExtras {
  let extras = extrasCache.get(index);
  if (extras) return extras;
  const multi = index.actorEntries.flatMap((entry, i) => (entry.labels.length > 1 ? [i] : []));
  extras = {
    multiLabel: Int32Array.from(multi),
    pairOfEdge: new Map(index.pairs.map((p, i) => [p.edgeId, i])),
    tieOfEdge: new Map(index.ties.map(({ tie }, k) => [`tie:${tie.id}`, k])),
  };
  extrasCache.set(index, extras);
  return extras;
}

function remember(cy: Core): Applied {
  let applied = memory.get(cy);
  if (!applied) {
    const fresh: Applied = {
      index: null,
      node: new Uint8Array(0),
      labels: [],
      edge: new Uint8Array(0),
      tie: new Uint8Array(0),
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

/** Reads back what cy holds, so the next patch starts from the truth (first call, new data, or outside edits). */
function reread(cy: Core, applied: Applied, index: DatasetIndex) {
  const { pairOfEdge, tieOfEdge } = extrasOf(index);
  applied.index = index;
  applied.node = new Uint8Array(index.actorOrder.length);
  applied.labels = new Array<string | undefined>(index.actorOrder.length);
  applied.edge = new Uint8Array(index.pairs.length);
  applied.tie = new Uint8Array(index.ties.length);
  const slot = new Map(index.actorOrder.map((id, i) => [id, i]));
  cy.nodes().forEach((node) => {
    const i = slot.get(node.id());
    if (i === undefined) node.addClass('absent');
    else {
      applied.node[i] = node.hasClass('absent') ? 2 : 1;
      applied.labels[i] = node.data('label') as string;
    }
  });
  cy.edges().forEach((edge) => {
    const id = edge.id();
    const p = pairOfEdge.get(id);
    const k = tieOfEdge.get(id);
    if (p !== undefined && edge.data('kind') === 'relation')
      applied.edge[p] = lookCode(edge.data('sign') as -1 | 0 | 1, edge.data('w') as number);
    else if (k !== undefined) applied.tie[k] = 1;
    else edge.remove();
  });
  applied.stale = false;
}

const sameLabel: LabelFor = (_id, label) => label;

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
      const look = decode(code);
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
  restyle.forEach((edges, code) => edges?.data(decode(code)));
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
