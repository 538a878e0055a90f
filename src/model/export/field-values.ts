import { pairKey } from '../time/dataset-index';
import type { Snapshot, SnapshotEdge, SnapshotNode } from '../types';
import { directionAttrs } from './direction';
import { type FieldValue, LASTING_TIE_TYPES } from './fields';
import type { Point } from './positions';

const LASTING: ReadonlySet<string> = new Set(LASTING_TIE_TYPES);

/**
 * The pairs with a lasting state in force in a snapshot (read from its tie edges), or undefined in
 * window mode, where relations have no baseline to lean on.
 */
export function lastingPairs(snapshot: Snapshot): ReadonlySet<string> | undefined {
  if (snapshot.window) return undefined;
  const pairs = new Set<string>();
  for (const e of snapshot.edges) if (LASTING.has(e.kind)) pairs.add(pairKey(e.source, e.target));
  return pairs;
}

/** One edge's values by field name (see EDGE_FIELDS); fields that do not apply are undefined. */
export function edgeValues(e: SnapshotEdge, lasting?: ReadonlySet<string>): Record<string, FieldValue> {
  const relation = e.kind === 'relation';
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    kind: e.kind,
    sign: e.sign,
    weight: e.weight,
    score: e.score,
    events: e.events,
    evidence: e.evidence,
    confidence: e.confidence,
    insufficient: relation ? e.insufficient === true : undefined,
    lasting: relation && lasting ? lasting.has(pairKey(e.source, e.target)) : undefined,
    tie: e.tie,
    role: e.role,
    label: e.label,
    ...directionAttrs(e),
  };
}

/** One node's values by field name (see NODE_FIELDS). */
export function nodeValues(n: SnapshotNode, p?: Point): Record<string, FieldValue> {
  return { id: n.id, label: n.label, kind: n.kind, x: p?.x, y: p?.y };
}
