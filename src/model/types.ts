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
  /** Sign of the tone; 0 inside the neutral band and for a relation with insufficient evidence. */
  sign: Sign;
  /** Strength of the tone in [0, 1): |tone| / (|tone| + weightScale); drawn as the width. */
  weight: number;
  /** Relations: the tone, -10..+10 (weighted mean of episodes shrunk toward the baseline). Ties: the sign. */
  score: number;
  /** Relations: events that count at t. Ties: absent. */
  events?: number;
  /** Relations: decayed evidence behind the tone (sum of the episodes' weights at t). */
  evidence?: number;
  /** Relations: evidence / (evidence + kappa) in [0, 1): how far events, not the baseline, set the tone. */
  confidence?: number;
  /** Relations: too little recent evidence and no lasting state in force: shown as its own state. */
  insufficient?: boolean;
  /**
   * Relations: the baseline rests on no recent evidence (no dated event of the pair and no new lasting
   * state for staleAfterYears), so its pull is decaying.
   */
  stale?: boolean;
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
  /** Half-life of an event's weight, in years. */
  halfLifeYears: number;
  /**
   * Prior strength: how many fresh units of evidence the baseline of the lasting states in force
   * counts for. tone = (sum w s + kappa b) / (sum w + kappa).
   */
  kappa: number;
  /** Weight of a conflict event (ICEWS quad classes verbal and material conflict, or a negative score). */
  conflictWeight: number;
  /** Inside one episode the k-th strongest act counts episodeRemainder^(k-1) (the strongest fully). */
  episodeRemainder: number;
  /** Undeclared episodes: events of one pair citing one passage within this many days of each other. */
  episodeWindowDays: number;
  /** Below this decayed evidence, a relation with no lasting state in force reads "insufficient evidence". */
  minEvidence: number;
  /** |tone| at or below which a relation's sign is 0 (neutral). */
  neutralBand: number;
  /** |tone| at which the width reaches 0.5; weight = |tone| / (|tone| + k). */
  weightScale: number;
  /** A relation with no lasting state in force is dropped (faded out) once its evidence is under this. */
  minAbsScore: number;
  /**
   * Standing baseline of each lasting-state tie type while in force (see baselineAt for how several
   * combine). An empty record switches baselines off.
   */
  standing: Partial<Record<TieType, number>>;
  /**
   * Years without a dated event of the pair (or a new lasting state) after which a baseline is stale:
   * flagged as resting on no recent evidence, its pull decaying from then on (docs/MODEL.md).
   */
  staleAfterYears: number;
  /** Half-life of a stale baseline's pull, in years. */
  staleHalfLifeYears: number;
}

export const DEFAULT_STANDING: Partial<Record<TieType, number>> = {
  alliance: 6,
  treaty: 4,
  alignment: 5,
  patronage: 5,
  rivalry: -4,
  war: -8,
  estrangement: -3,
  'proxy-contest': -5,
};

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  halfLifeYears: 2,
  kappa: 2,
  conflictWeight: 1.5,
  episodeRemainder: 0.5,
  episodeWindowDays: 28,
  minEvidence: 0.5,
  neutralBand: 0.5,
  weightScale: 3,
  minAbsScore: 0.05,
  standing: DEFAULT_STANDING,
  staleAfterYears: 8,
  staleHalfLifeYears: 5,
};
