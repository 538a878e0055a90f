import type { Dataset, EngineOptions } from '../model';
import type { AnalyticsSample, FrustrationResult, SeriesStep, SignedGraph } from '../model/analytics';

export type AnalyticsRequest =
  | { type: 'series'; id: number; dataset: Dataset; options: EngineOptions; step: SeriesStep }
  | { type: 'exact'; id: number; graph: SignedGraph; timeLimit?: number };

export type AnalyticsReply =
  /** The fast series (local-search frustration) for every sample. */
  | { type: 'series-local'; id: number; samples: AnalyticsSample[] }
  /** Exact values for samples [0, done); sent in batches while the rest are solved. */
  | { type: 'series-exact'; id: number; samples: AnalyticsSample[]; done: number; total: number }
  | { type: 'exact'; id: number; result: FrustrationResult }
  | { type: 'error'; id: number; message: string };
