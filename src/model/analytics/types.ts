/** Shared shapes of the alliance analytics (structural balance, frustration, camps, diffs). */

/** One side of the best two-camp split; `null` for actors with no signed relation at t. */
export type Camp = 'A' | 'B';

/**
 * The signed relation graph at one time: actors with at least one non-neutral relation, and those
 * relations as edges between node positions. Positions follow the dataset's actor order, so results
 * are deterministic and camp A is stable over time.
 */
export interface SignedGraph {
  ids: string[];
  labels: string[];
  edges: SignedEdge[];
}

export interface SignedEdge {
  /** Snapshot edge id, e.g. `rel:india~pakistan`. */
  id: string;
  /** Node positions with a < b. */
  a: number;
  b: number;
  sign: 1 | -1;
  weight: number;
}

export interface Triangle {
  /** Actor ids, in graph order. */
  ids: [string, string, string];
  labels: [string, string, string];
  signs: [1 | -1, 1 | -1, 1 | -1];
  /** Product of the three edge weights: a triangle of strong ties counts more. */
  weight: number;
  balanced: boolean;
}

export interface BalanceResult {
  triangles: number;
  balancedTriangles: number;
  /** Share of triangles whose sign product is positive (1 when there are none). */
  index: number;
  /** The same share with each triangle weighted by the product of its edge weights. */
  weightedIndex: number;
  unbalanced: Triangle[];
}

export interface FrustratedTie {
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  sign: 1 | -1;
  weight: number;
  /** Why it strains the split: an ally across camps, or an enemy inside one. */
  reason: 'positive-across' | 'negative-within';
}

export type FrustrationMethod = 'local-search' | 'brute-force' | 'milp' | 'branch-and-bound';

export interface FrustrationResult {
  /** Total weight of frustrated ties (weighted frustration index, or its upper bound). */
  value: number;
  /** How many ties are frustrated in this split. */
  count: number;
  /** Sum of all signed-tie weights, so `value / totalWeight` is comparable across dates. */
  totalWeight: number;
  edges: number;
  /** Aref & Wilson's normalised balance, 1 - 2 * value / totalWeight (1 = perfectly balanced). */
  normalised: number;
  /** True when `value` is proven minimal (exact method), false for a local-search bound. */
  optimal: boolean;
  method: FrustrationMethod;
  /** Camp of every actor in the signed graph. */
  camps: Record<string, Camp>;
  frustrated: FrustratedTie[];
  /** Wall-clock milliseconds the solve took (informational, never asserted on). */
  millis?: number;
}
