import type { NodeSingular } from 'cytoscape';
import {
  HIDDEN,
  type LabelCandidate,
  type NodeBox,
  type Rect,
  labelRect,
  planLabels,
} from '../../graph/label-plan';

/**
 * A folded community whose name finds no room still shows how many actors it holds: a second pass
 * offers each such box its count alone, centred on it, around the names already placed and clear of
 * every other box. Returns, per candidate of the first pass, whether its count is drawn instead.
 */
export function countsWhereNamesDoNotFit(
  nodes: readonly NodeSingular[],
  candidates: readonly LabelCandidate[],
  plan: Uint8Array,
  discs: readonly NodeBox[],
  others: readonly NodeBox[],
  free: Rect,
  countCandidate: (node: NodeSingular, named: LabelCandidate) => LabelCandidate | null,
): boolean[] {
  const out = nodes.map(() => false);
  const second: LabelCandidate[] = [];
  const owners: number[] = [];
  nodes.forEach((node, i) => {
    if (plan[i] !== HIDDEN || node.data('box') === undefined) return;
    const c = countCandidate(node, candidates[i]);
    if (!c) return;
    second.push(c);
    owners.push(i);
  });
  if (!second.length) return out;
  // Index-aligned own boxes first (a count sits on its own box), then every other box and every
  // name of the first pass, which nothing may cover.
  const placed: NodeBox[] = [];
  candidates.forEach((c, i) => {
    if (plan[i] !== HIDDEN) placed.push({ r: labelRect(c, plan[i]), rank: Infinity });
  });
  const own = owners.map((i) => discs[i]);
  const owned = new Set(owners);
  const rest = discs.filter((_d, i) => !owned.has(i));
  const plan2 = planLabels(second, free, [...own, ...rest, ...others, ...placed]);
  owners.forEach((i, k) => {
    out[i] = plan2[k] !== HIDDEN;
  });
  return out;
}
