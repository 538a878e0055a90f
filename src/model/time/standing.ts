import type { Span } from './dataset-index';
import type { EngineOptions, Sign, SnapshotEdge, Tie, TieType } from '../types';

const HOSTILE_TIES: ReadonlySet<TieType> = new Set<TieType>([
  'war',
  'rivalry',
  'estrangement',
  'proxy-contest',
]);

/** Hostile tie types (war, rivalry, estrangement, proxy contest) draw and count as negative; every other tie as positive. */
export function tieSign(type: TieType): Sign {
  return HOSTILE_TIES.has(type) ? -1 : 1;
}

/** A tie drawn as a snapshot edge: weight 1, its sign as the score, its id, role and label kept. */
export function tieEdge(tie: Tie): SnapshotEdge {
  const sign = tieSign(tie.type);
  return {
    id: `tie:${tie.id}`,
    source: tie.source,
    target: tie.target,
    kind: tie.type,
    sign,
    weight: 1,
    score: sign,
    tie: tie.id,
    ...(tie.role ? { role: tie.role } : {}),
    ...(tie.label ? { label: tie.label } : {}),
  };
}

/** A tie's lasting contribution to its pair's relation while it is in force. */
export interface StandingEntry {
  tie: Tie;
  start: number;
  end: number;
  value: number;
}

/** Groups the ties that carry a standing score by actor pair key. */
export function standingByPair(
  ties: readonly { tie: Tie; span: Span }[],
  options: EngineOptions,
  keyOf: (a: string, b: string) => string,
): Map<string, StandingEntry[]> {
  const out = new Map<string, StandingEntry[]>();
  for (const { tie, span } of ties) {
    const value = options.standing[tie.type] ?? 0;
    if (value === 0) continue;
    const key = keyOf(tie.source, tie.target);
    const list = out.get(key) ?? [];
    list.push({ tie, start: span.start, end: span.end, value });
    out.set(key, list);
  }
  return out;
}

export function standingAt(entries: readonly StandingEntry[] | undefined, t: number): number {
  if (!entries) return 0;
  let sum = 0;
  for (const e of entries) if (e.start <= t && t <= e.end) sum += e.value;
  return sum;
}
