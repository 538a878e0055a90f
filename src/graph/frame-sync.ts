import type { Collection, Core, ElementDefinition } from 'cytoscape';
import {
  type DatasetIndex,
  type LookTracker,
  type PairState,
  type ViewFilter,
  labelAt,
  markVisibleActors,
  tieEdge,
  takeChanges,
  tieVisible,
  visibleSign,
  weightOf,
  confidenceOf,
} from '../model';
import { cyNodeId, edgeLook, type LabelFor, lookCode, lookOfCode } from './elements';
import { type Applied, extrasOf, remember, reread } from './frame-memory';
import type { SyncStats } from './sync';

const sameLabel: LabelFor = (_id, label) => label;

/**
 * The scrub path: patches cy straight from a PairState (typed arrays), with no snapshot objects, maps
 * or strings per frame. Each pair's drawn look is one small number (sign x quantised weight); cy is
 * touched only where that number changes. The result is exactly what syncGraph makes of the filtered
 * snapshot (tests/graph/frame-sync.test.ts checks it frame by frame).
 *
 * With `looks` (a LookTracker already brought to `state`, shared with the status line) the relations
 * come from its change list: only pairs whose look changed since this cy last drew are visited, and a
 * strength cut (level of detail) is whatever the tracker decided. Without it, every pair is checked
 * (the full-pass path, kept as the bench baseline).
 */
export function syncGraphFrame(
  cy: Core,
  index: DatasetIndex,
  state: PairState,
  filter: ViewFilter,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  labelFor: LabelFor = sameLabel,
  tracker?: LookTracker,
  chunks?: AddInChunks,
): SyncStats {
  // A tracker of another index (a dataset change on its way) cannot say what changed here.
  const looks = tracker?.index === index ? tracker : undefined;
  const applied = remember(cy);
  applied.syncing = true;
  try {
    const stats: SyncStats = { added: 0, removed: 0, restyled: 0 };
    cy.batch(() => {
      if (applied.stale || applied.index !== index) reread(cy, applied, index);
      else if (applied.pending.length) cy.add(applied.pending.splice(0));
      const frame: Frame = {
        cy,
        applied,
        index,
        state,
        filter,
        visible: looks ? looks.visible : visibleScratch(applied, index.actorOrder.length),
        toAdd: [],
        toRemove: cy.collection(),
        stats,
      };
      if (!looks) markVisibleActors(index, state, filter, frame.visible);
      patchNodes(frame, positions, labelFor);
      if (looks) patchChangedRelations(frame, looks);
      else patchRelations(frame);
      patchTies(frame);
      // One call each: Cytoscape re-packs its element list on every remove (O(elements) per call).
      stats.removed = frame.toRemove.length;
      if (frame.toRemove.length) frame.toRemove.remove();
      stats.added = frame.toAdd.length;
      if (chunks && frame.toAdd.length > chunks.size) {
        cy.add(frame.toAdd.slice(0, chunks.size));
        applied.pending = frame.toAdd.slice(chunks.size);
      } else if (frame.toAdd.length) cy.add(frame.toAdd);
    });
    if (applied.pending.length) chunks?.schedule();
    return stats;
  } finally {
    applied.syncing = false;
  }
}

/**
 * A large first draw in pieces: Cytoscape styles and measures every new element on its next render
 * (0.2-0.3 ms each here), so 2,000 nodes and 1,000 edges at once were one 1-1.4 s task. With `chunks`,
 * syncGraphFrame adds the first `size` elements (nodes come first) and asks `schedule` to call
 * addPendingChunk once per frame until it returns false. Any later frame adds what is left first.
 */
export interface AddInChunks {
  size: number;
  schedule: () => void;
}

/** Adds the next `size` waiting elements; true while more wait. */
export function addPendingChunk(cy: Core, size: number): boolean {
  const applied = remember(cy);
  if (applied.stale) applied.pending = [];
  if (!applied.pending.length) return false;
  applied.syncing = true;
  try {
    cy.add(applied.pending.splice(0, size));
  } finally {
    applied.syncing = false;
  }
  return applied.pending.length > 0;
}

/** One call's inputs and what it collects for the batched add and remove at the end. */
interface Frame {
  cy: Core;
  applied: Applied;
  index: DatasetIndex;
  state: PairState;
  filter: ViewFilter;
  /** Per actor: 1 when shown at this frame (alive and its kind not filtered out). */
  visible: Uint8Array;
  toAdd: ElementDefinition[];
  toRemove: Collection;
  stats: SyncStats;
}

const scratch = new WeakMap<Applied, Uint8Array>();

function visibleScratch(applied: Applied, actors: number): Uint8Array {
  let visible = scratch.get(applied);
  if (!visible || visible.length !== actors) {
    visible = new Uint8Array(actors);
    scratch.set(applied, visible);
  }
  return visible;
}

function patchNodes(
  { cy, applied, index, state, visible, toAdd }: Frame,
  positions: ReadonlyMap<string, { x: number; y: number }> | undefined,
  labelFor: LabelFor,
) {
  const { actorOrder, actorEntries } = index;
  const labelOf = (i: number) => labelFor(actorOrder[i], labelAt(actorEntries[i], state.day));
  for (let i = 0; i < actorOrder.length; i++) {
    const on = visible[i] === 1;
    const was = applied.node[i];
    if (on && was === 0) {
      const id = actorOrder[i];
      const label = labelOf(i);
      toAdd.push({
        group: 'nodes',
        data: { id: cyNodeId(id), label, kind: actorEntries[i].actor.kind },
        position: { ...(positions?.get(id) ?? { x: 0, y: 0 }) },
      });
      applied.node[i] = 1;
      applied.labels[i] = label;
    } else if (on && was === 2) {
      const node = cy.getElementById(cyNodeId(actorOrder[i]));
      node.removeClass('absent');
      const label = labelOf(i);
      if (label !== applied.labels[i]) node.data('label', label);
      applied.node[i] = 1;
      applied.labels[i] = label;
    } else if (!on && was === 1) {
      cy.getElementById(cyNodeId(actorOrder[i])).addClass('absent');
      applied.node[i] = 2;
    }
  }
  // Only actors with several names (USSR -> Russia) can change label while shown.
  for (const i of extrasOf(index).multiLabel) {
    if (applied.node[i] !== 1) continue;
    const label = labelOf(i);
    if (label === applied.labels[i]) continue;
    cy.getElementById(cyNodeId(actorOrder[i])).data('label', label);
    applied.labels[i] = label;
  }
}

function patchRelations(frame: Frame) {
  const { index, state, filter, visible } = frame;
  const { options } = index;
  const restyle: (Collection | undefined)[] = [];
  for (let p = 0; p < state.shown.length; p++) {
    const sign = visibleSign(index, state, p, filter, visible);
    const code =
      sign === null
        ? 0
        : lookCode(
            sign,
            weightOf(state.score[p], options),
            confidenceOf(state.evidence[p], options),
            state.insufficient[p] === 1,
          );
    applyCode(frame, p, code, restyle);
  }
  // One data() call per look, not per edge: Cytoscape then emits one event and restyles in one pass.
  restyle.forEach((edges, code) => edges?.data(lookOfCode(code)));
}

/**
 * Visits only the tracker's change list, or, the first time this cy follows the tracker (or after
 * someone else edited cy), compares every pair's code once, byte against byte.
 */
function patchChangedRelations(frame: Frame, looks: LookTracker) {
  const { applied } = frame;
  const changed = takeChanges(looks);
  const codes = looks.codes;
  const restyle: (Collection | undefined)[] = [];
  if (applied.tracker === looks) {
    for (const p of changed) applyCode(frame, p, codes[p], restyle);
  } else {
    for (let p = 0; p < codes.length; p++) applyCode(frame, p, codes[p], restyle);
    applied.tracker = looks;
  }
  restyle.forEach((edges, code) => edges?.data(lookOfCode(code)));
}

function applyCode(
  { cy, applied, index, toAdd, toRemove, stats }: Frame,
  p: number,
  code: number,
  restyle: (Collection | undefined)[],
) {
  const before = applied.edge[p];
  if (code === before) return;
  applied.edge[p] = code;
  const pair = index.pairs[p];
  if (before === 0) {
    toAdd.push({
      group: 'edges',
      data: {
        id: pair.edgeId,
        source: cyNodeId(pair.a),
        target: cyNodeId(pair.b),
        kind: 'relation',
        ...lookOfCode(code),
      },
    });
  } else if (code === 0) {
    toRemove.merge(cy.getElementById(pair.edgeId));
  } else {
    (restyle[code] ??= cy.collection()).merge(cy.getElementById(pair.edgeId));
    stats.restyled++;
  }
}

function patchTies({ cy, applied, index, state, filter, visible, toAdd, toRemove }: Frame) {
  index.ties.forEach(({ tie }, k) => {
    const on = tieVisible(index, state, k, filter, visible) ? 1 : 0;
    if (on === applied.tie[k]) return;
    applied.tie[k] = on;
    const look = edgeLook(tieEdge(tie));
    if (on) toAdd.push({ group: 'edges', data: { ...look } });
    else toRemove.merge(cy.getElementById(look.id));
  });
}
