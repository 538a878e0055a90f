import { pairKey } from '../time/dataset-index';
import { type TimeInput, asIndex, snapshotAt, toDay } from '../time/engine';
import { formatDay } from '../dates';
import { upperBound } from '../search';
import type { Dataset, Sign, SnapshotEdge } from '../types';
import type { DatasetIndex } from '../time/dataset-index';

export type ChangeKind = 'appeared' | 'vanished' | 'flipped' | 'strengthened' | 'weakened';
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'appeared',
  'vanished',
  'flipped',
  'strengthened',
  'weakened',
];

export interface RelationState {
  score: number;
  sign: Sign;
  weight: number;
}

export interface ExplainingEvent {
  id: string;
  date: string;
  source: string;
  target: string;
  cameo: string;
  score: number;
  summary: string;
}

export interface RelationChange {
  /** Snapshot edge id (`rel:a~b`), so the graph can mark the edge. */
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  kind: ChangeKind;
  /** State at A and at B; null when the pair has no relation at that date. */
  before: RelationState | null;
  after: RelationState | null;
  /** Score at B minus score at A. */
  change: number;
  /** Events between A and B (A exclusive, B inclusive) on this pair. */
  events: ExplainingEvent[];
  /** Ties between the pair (alliance, treaty, rivalry, war) whose standing score began or ended between A and B. */
  standing: StandingChange[];
}

export interface StandingChange {
  tie: string;
  type: string;
  label?: string;
  change: 'began' | 'ended';
}

export interface TieChange {
  id: string;
  tie: string;
  type: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  kind: 'appeared' | 'vanished';
}

export interface SnapshotDiff {
  from: string;
  to: string;
  changes: RelationChange[];
  ties: TieChange[];
  counts: Record<ChangeKind, number>;
}

export interface DiffOptions {
  /**
   * Same-sign (or still-neutral) relations whose score moved by less than this are left out; with
   * decay every relation drifts a little, and a list of every drift hides what mattered.
   */
  minChange?: number;
}

const state = (e: SnapshotEdge | undefined): RelationState | null =>
  e ? { score: e.score, sign: e.sign, weight: e.weight } : null;

/** Null when the pair is neutral (or absent) at both dates: no relation then, so no change either. */
function classify(before: RelationState | null, after: RelationState | null): ChangeKind | null {
  const a = before?.sign ?? 0;
  const b = after?.sign ?? 0;
  if (a === 0 && b === 0) return null;
  if (a === 0 && b !== 0) return 'appeared';
  if (a !== 0 && b === 0) return 'vanished';
  if (a * b < 0) return 'flipped';
  return Math.abs(after?.score ?? 0) > Math.abs(before?.score ?? 0) ? 'strengthened' : 'weakened';
}

/**
 * What changed between dates A and B: relations that became non-neutral (appeared), became neutral or
 * faded out (vanished), changed sign (flipped), or kept the same non-zero sign and grew or shrank; ties
 * that came into or out of force. A pair neutral or absent at both dates is not listed. Sorted by the
 * size of the change, each with the events that explain it. B may be before A: the comparison then
 * reads backwards throughout (a tie that began between the dates is reported as ended).
 */
export function diffSnapshots(
  source: Dataset | DatasetIndex,
  from: TimeInput,
  to: TimeInput,
  options: DiffOptions = {},
): SnapshotDiff {
  const index = asIndex(source);
  const tA = toDay(from);
  const tB = toDay(to);
  const a = snapshotAt(index, tA);
  const b = snapshotAt(index, tB);
  const label = new Map<string, string>();
  for (const n of a.nodes) label.set(n.id, n.label);
  for (const n of b.nodes) label.set(n.id, n.label);
  const minChange = options.minChange ?? 0.25;
  const lo = Math.min(tA, tB);
  const hi = Math.max(tA, tB);
  const backwards = tB < tA;

  const relA = new Map(a.edges.filter((e) => e.kind === 'relation').map((e) => [e.id, e]));
  const relB = new Map(b.edges.filter((e) => e.kind === 'relation').map((e) => [e.id, e]));
  const changes: RelationChange[] = [];
  for (const id of new Set([...relA.keys(), ...relB.keys()])) {
    const ea = relA.get(id);
    const eb = relB.get(id);
    const edge = (eb ?? ea)!;
    const before = state(ea);
    const after = state(eb);
    const kind = classify(before, after);
    if (kind === null) continue;
    const change = (after?.score ?? 0) - (before?.score ?? 0);
    const signChanged = kind === 'appeared' || kind === 'vanished' || kind === 'flipped';
    if (!signChanged && Math.abs(change) < minChange) continue;
    const pair = index.pairByKey.get(pairKey(edge.source, edge.target));
    const events: ExplainingEvent[] = [];
    const standing: StandingChange[] = [];
    for (const entry of pair?.standing ?? []) {
      const starts = lo < entry.start && entry.start <= hi;
      const ends = lo <= entry.end && entry.end < hi;
      // Read in the direction of the comparison: going back from B to an earlier A, a start is an end.
      const change = starts ? (backwards ? 'ended' : 'began') : ends ? (backwards ? 'began' : 'ended') : null;
      if (change) {
        standing.push({
          tie: entry.tie.id,
          type: entry.tie.type,
          ...(entry.tie.label ? { label: entry.tie.label } : {}),
          change,
        });
      }
    }
    if (pair) {
      // Points, not events: a month- or year-dated event is spread over several; list it once.
      const seen = new Set<number>();
      for (let k = upperBound(pair.days, lo); k < upperBound(pair.days, hi); k++) {
        if (seen.has(pair.events[k])) continue;
        seen.add(pair.events[k]);
        const ev = index.dataset.events[pair.events[k]];
        events.push({
          id: ev.id,
          date: ev.date,
          source: ev.source,
          target: ev.target,
          cameo: ev.cameo,
          score: ev.score,
          summary: ev.summary,
        });
      }
    }
    changes.push({
      id,
      source: edge.source,
      target: edge.target,
      sourceLabel: label.get(edge.source) ?? edge.source,
      targetLabel: label.get(edge.target) ?? edge.target,
      kind,
      before,
      after,
      change,
      events,
      standing,
    });
  }
  changes.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const tiesA = new Map(a.edges.filter((e) => e.tie).map((e) => [e.id, e]));
  const tiesB = new Map(b.edges.filter((e) => e.tie).map((e) => [e.id, e]));
  const ties: TieChange[] = [];
  const tieChange = (e: SnapshotEdge, kind: TieChange['kind']): TieChange => ({
    id: e.id,
    tie: e.tie!,
    type: e.kind,
    source: e.source,
    target: e.target,
    sourceLabel: label.get(e.source) ?? e.source,
    targetLabel: label.get(e.target) ?? e.target,
    kind,
  });
  for (const [id, e] of tiesB) if (!tiesA.has(id)) ties.push(tieChange(e, 'appeared'));
  for (const [id, e] of tiesA) if (!tiesB.has(id)) ties.push(tieChange(e, 'vanished'));

  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) counts[c.kind]++;
  return { from: formatDay(tA), to: formatDay(tB), changes, ties, counts };
}
