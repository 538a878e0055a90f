import type { z } from 'zod';
import type {
  actorSchema,
  chapterSchema,
  citationSchema,
  datasetSchema,
  eventSchema,
  sourceSchema,
  tieSchema,
} from './schema';
import type { ACTOR_KINDS, TIE_TYPES } from './schema';

export type Dataset = z.output<typeof datasetSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Tie = z.output<typeof tieSchema>;
export type DatasetEvent = z.output<typeof eventSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Citation = z.output<typeof citationSchema>;
export type Chapter = z.output<typeof chapterSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type TieType = (typeof TIE_TYPES)[number];

export type Sign = -1 | 0 | 1;

/** One problem found while loading, with the place it was found. */
export interface Issue {
  /** JSON path such as `$.events[3].date`, or `file:line` for tabular input. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface SnapshotNode {
  id: string;
  label: string;
  kind: ActorKind;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  /** `relation` for the signed event-based relation, otherwise the tie type. */
  kind: 'relation' | TieType;
  sign: Sign;
  /** Normalised strength in [0, 1]. */
  weight: number;
  /** Signed score: decayed event sum for relations; the sign for ties. */
  score: number;
  /** Relations: events that count at t. Ties: absent. */
  events?: number;
  /** Ties: the tie id, role and label. */
  tie?: string;
  role?: string;
  label?: string;
}

export interface Snapshot {
  at: string;
  window?: { from: string; to: string };
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}

export interface EngineOptions {
  /** Half-life of an event's contribution, in years. */
  halfLifeYears: number;
  /** |score| below which a relation's sign is 0 (neutral). */
  neutralBand: number;
  /** |score| at which weight reaches 0.5; weight = |s| / (|s| + k). */
  weightScale: number;
  /** Relations with |score| under this are dropped from the snapshot (faded out). */
  minAbsScore: number;
  /**
   * Score a tie adds to its pair's relation while it is in force (alliances, treaties, rivalries,
   * wars). It stands for the lasting state the tie records, which dated events alone under-sample.
   */
  standing: Partial<Record<TieType, number>>;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  halfLifeYears: 3,
  neutralBand: 1,
  weightScale: 8,
  minAbsScore: 0.05,
  standing: { alliance: 6, treaty: 4, rivalry: -4, war: -10 },
};
