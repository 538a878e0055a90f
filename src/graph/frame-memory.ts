import type { Core, ElementDefinition } from 'cytoscape';
import type { DatasetIndex, LookTracker } from '../model';
import { actorIdOf, lookCode } from './elements';

/**
 * What syncGraphFrame last wrote into each cy, as typed arrays indexed like the dataset index, so a
 * frame compares numbers instead of asking Cytoscape. Anyone else adding or removing elements marks it
 * stale, and the next frame reads cy back (reread) before patching.
 */
export interface Applied {
  index: DatasetIndex | null;
  /** Per actor: 0 not in cy, 1 shown, 2 in cy but `absent`. */
  node: Uint8Array;
  labels: (string | undefined)[];
  /** Per pair: 0 no edge in cy, else lookCode(sign, weight, confidence, insufficient). */
  edge: Uint8Array;
  /** Per tie: 1 when its edge is in cy. */
  tie: Uint8Array;
  stale: boolean;
  syncing: boolean;
  /** The look tracker whose change list this cy follows; null until a full compare against it. */
  tracker: LookTracker | null;
  /**
   * Elements the arrays above already count as added but that wait for a later frame (a large first
   * draw goes in chunks, see addPendingChunk). Added before the next patch, or dropped with a reread.
   */
  pending: ElementDefinition[];
}

export interface IndexExtras {
  multiLabel: Int32Array;
  pairOfEdge: Map<string, number>;
  tieOfEdge: Map<string, number>;
}

const memory = new WeakMap<Core, Applied>();
const extrasCache = new WeakMap<DatasetIndex, IndexExtras>();
export function extrasOf(index: DatasetIndex): IndexExtras {
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

export function remember(cy: Core): Applied {
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
      tracker: null,
      pending: [],
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
export function reread(cy: Core, applied: Applied, index: DatasetIndex) {
  applied.pending = [];
  const { pairOfEdge, tieOfEdge } = extrasOf(index);
  applied.index = index;
  applied.node = new Uint8Array(index.actorOrder.length);
  applied.labels = new Array<string | undefined>(index.actorOrder.length);
  applied.edge = new Uint8Array(index.pairs.length);
  applied.tie = new Uint8Array(index.ties.length);
  const slot = new Map(index.actorOrder.map((id, i) => [id, i]));
  cy.nodes().forEach((node) => {
    const i = slot.get(actorIdOf(node.id()));
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
      applied.edge[p] = lookCode(
        edge.data('sign') as -1 | 0 | 1,
        edge.data('w') as number,
        (edge.data('c') as number | undefined) ?? 1,
        edge.data('low') === 1,
      );
    else if (k !== undefined) applied.tie[k] = 1;
    else edge.remove();
  });
  applied.stale = false;
  applied.tracker = null;
}
