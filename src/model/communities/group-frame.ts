import type { SnapshotEdge, SnapshotNode } from '../types';
import { type DatasetIndex, labelAt } from '../time/dataset-index';
import { relationEdge, signOf, weightOf } from '../time/engine';
import { type PairState, tieEnds, tieInForce } from '../time/pair-state';
import { tieEdge } from '../time/standing';
import { type ViewFilter, relationShown } from '../time/visible';
import { pairEnds } from '../time/pair-ends';
import type { Communities } from './detect';
import {
  type Endpoint,
  type GroupedView,
  type InnerRelations,
  type MetaEdge,
  metaNodesOf,
} from './group-view';
import { addRelation, emptyTally } from './tally';

const OWN = -1;
const HIDDEN = -2;

/**
 * The grouped view straight from a frame's typed arrays: the same result as
 * groupView(applyFilters(snapshotAt(...))) without building a snapshot object for every pair and
 * actor of the set. Playing a grouped map of thousands of actors computes this on every step.
 */
export function groupFrame(
  index: DatasetIndex,
  state: PairState,
  communities: Communities,
  expanded: ReadonlySet<number>,
  filter: ViewFilter,
): GroupedView {
  const t = state.day;
  const n = index.actorOrder.length;
  // Per actor: HIDDEN (absent or filtered out), OWN (shown on its own) or its folded community.
  const end = new Int32Array(n);
  const actors: SnapshotNode[] = [];
  const present = new Map<string, number>();
  const shown = new Set<number>();
  for (let i = 0; i < n; i++) {
    const entry = index.actorEntries[i];
    if (state.alive[i] === 0 || !filter.kinds[entry.actor.kind]) {
      end[i] = HIDDEN;
      continue;
    }
    const id = index.actorOrder[i];
    present.set(id, i);
    const k = communities.of.get(id);
    if (k === undefined || expanded.has(k) || communities.communities[k].members.length <= 1) {
      end[i] = OWN;
      actors.push({ id, label: labelAt(entry, t), kind: entry.actor.kind });
    } else {
      end[i] = k;
      shown.add(k);
    }
  }
  const meta = metaNodesOf(
    shown,
    communities,
    (id) => present.has(id),
    (id) => labelAt(index.actorEntries[present.get(id)!], t),
  );

  const edges: SnapshotEdge[] = [];
  const metaEdges = new Map<number, MetaEdge>();
  const inner = new Map<number, InnerRelations>();
  const ends = pairEnds(index);
  const { options } = index;
  const endOf = (i: number): Endpoint =>
    end[i] === OWN ? { actor: index.actorOrder[i] } : { community: end[i] };
  const keyOf = (i: number) => (end[i] === OWN ? `a:${index.actorOrder[i]}` : `c:${end[i]}`);
  for (let p = 0; p < index.pairs.length; p++) {
    if (state.shown[p] !== 1) continue;
    const a = ends[2 * p];
    const b = ends[2 * p + 1];
    if (end[a] === HIDDEN || end[b] === HIDDEN) continue;
    const score = state.score[p];
    const sign = state.insufficient[p] === 1 ? 0 : signOf(score, options);
    const weight = weightOf(score, options);
    if (!relationShown(filter, sign, weight)) continue;
    if (end[a] === OWN && end[b] === OWN) {
      edges.push(relationEdge(index, state, p));
      continue;
    }
    const relation = { sign, score, weight };
    if (end[a] === end[b]) {
      const box = inner.get(end[a]) ?? emptyTally();
      addRelation(box, relation);
      inner.set(end[a], box);
      continue;
    }
    // One number per pair of ends: own actors as -(slot + 1), communities as themselves.
    const codeA = end[a] === OWN ? -(a + 1) : end[a];
    const codeB = end[b] === OWN ? -(b + 1) : end[b];
    const code = Math.min(codeA, codeB) * (2 * n + 2) + Math.max(codeA, codeB);
    let m = metaEdges.get(code);
    if (!m) {
      const [ka, kb] = [keyOf(a), keyOf(b)];
      const [source, target] = ka < kb ? [endOf(a), endOf(b)] : [endOf(b), endOf(a)];
      m = { id: `meta:${ka < kb ? ka : kb}~${ka < kb ? kb : ka}`, source, target, ...emptyTally(), sign: 0 };
      metaEdges.set(code, m);
    }
    addRelation(m, relation);
  }
  let foldedTies = 0;
  if (filter.ties) {
    const tieSlots = tieEnds(index);
    for (let k = 0; k < index.ties.length; k++) {
      if (!tieInForce(index, state, k)) continue;
      const a = tieSlots[2 * k];
      const b = tieSlots[2 * k + 1];
      if (end[a] === HIDDEN || end[b] === HIDDEN) continue;
      if (end[a] === OWN && end[b] === OWN) edges.push(tieEdge(index.ties[k].tie));
      else foldedTies++;
    }
  }
  for (const m of metaEdges.values()) m.sign = m.toneSum > 0 ? 1 : m.toneSum < 0 ? -1 : 0;
  return { actors, meta, edges, metaEdges: [...metaEdges.values()], inner, foldedTies };
}
