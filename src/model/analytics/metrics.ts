import type { Snapshot } from '../types';

export interface NodeMetrics {
  id: string;
  label: string;
  /** Relations the actor has at t (any sign). */
  degree: number;
  positive: number;
  negative: number;
  neutral: number;
  /** Sum of the weights of its positive relations. */
  positiveStrength: number;
  /** Sum of the weights of its negative relations (a positive number). */
  negativeStrength: number;
  /** positiveStrength - negativeStrength. */
  netStrength: number;
}

/**
 * Degree and weighted positive/negative strength of every actor at the snapshot's time. Only the
 * event-based relations count; ties are structure, not mood, and would swamp organisations' figures.
 */
export function nodeMetrics(snapshot: Snapshot): NodeMetrics[] {
  const byId = new Map<string, NodeMetrics>();
  for (const n of snapshot.nodes) {
    byId.set(n.id, {
      id: n.id,
      label: n.label,
      degree: 0,
      positive: 0,
      negative: 0,
      neutral: 0,
      positiveStrength: 0,
      negativeStrength: 0,
      netStrength: 0,
    });
  }
  for (const e of snapshot.edges) {
    if (e.kind !== 'relation') continue;
    for (const id of [e.source, e.target]) {
      const m = byId.get(id);
      if (!m) continue;
      m.degree++;
      if (e.sign > 0) {
        m.positive++;
        m.positiveStrength += e.weight;
      } else if (e.sign < 0) {
        m.negative++;
        m.negativeStrength += e.weight;
      } else m.neutral++;
    }
  }
  for (const m of byId.values()) m.netStrength = m.positiveStrength - m.negativeStrength;
  return [...byId.values()];
}

export type StrengthMeasure = 'degree' | 'positiveStrength' | 'negativeStrength' | 'totalStrength';

/** Value of a sizing measure for one actor (total = positive + negative strength). */
export function measureOf(m: NodeMetrics, measure: StrengthMeasure): number {
  if (measure === 'totalStrength') return m.positiveStrength + m.negativeStrength;
  return m[measure];
}
