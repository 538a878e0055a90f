import type { Snapshot } from '../../model';
import { type NodeMetrics, type StrengthMeasure, measureOf, nodeMetrics } from '../../model/analytics';

const metricsCache = new WeakMap<Snapshot, NodeMetrics[]>();

export function metricsFor(snapshot: Snapshot): NodeMetrics[] {
  let m = metricsCache.get(snapshot);
  if (!m) metricsCache.set(snapshot, (m = nodeMetrics(snapshot)));
  return m;
}

export const MIN_SIZE = 16;
export const MAX_SIZE = 56;

/** Node diameters for a measure: area grows with the value (square-root scale), largest = MAX_SIZE. */
export function sizesFor(snapshot: Snapshot, measure: StrengthMeasure): Map<string, number> {
  const metrics = metricsFor(snapshot);
  const peak = Math.max(0, ...metrics.map((m) => measureOf(m, measure)));
  const sizes = new Map<string, number>();
  for (const m of metrics) {
    const share = peak > 0 ? Math.sqrt(measureOf(m, measure) / peak) : 0;
    sizes.set(m.id, Math.round(MIN_SIZE + share * (MAX_SIZE - MIN_SIZE)));
  }
  return sizes;
}

export const MEASURE_LABELS: Record<StrengthMeasure, string> = {
  degree: 'Degree',
  positiveStrength: 'Friendly strength',
  negativeStrength: 'Hostile strength',
  totalStrength: 'Total strength',
};
