import { tieSign } from '../time/standing';
import { addMonths } from '../dates';
import { type DatasetIndex, type Span, labelAt, pairKey } from '../time/dataset-index';
import { asIndex } from '../time/engine';
import type { ActorKind, Dataset, Sign, SnapshotEdge } from '../types';
import { LASTING_TIE_TYPES } from './fields';
import { relationSeriesMaker } from './relation-series';

/** An inclusive run of days holding one value. */
export interface Valued<T> extends Span {
  value: T;
}

export interface DynamicNode {
  id: string;
  kind: ActorKind;
  /** Label at the end of the node's life in range (what a static reader shows). */
  label: string;
  spells: Span[];
  labels: Valued<string>[];
}

export interface DynamicEdge {
  id: string;
  source: string;
  target: string;
  kind: SnapshotEdge['kind'];
  tie?: string;
  role?: string;
  label?: string;
  spells: Span[];
  score: Valued<number>[];
  weight: Valued<number>[];
  sign: Valued<Sign>[];
  events: Valued<number>[];
  /** Relations only (empty for ties), as in the snapshot: see EDGE_FIELDS. */
  evidence: Valued<number>[];
  confidence: Valued<number>[];
  insufficient: Valued<boolean>[];
  lasting: Valued<boolean>[];
}

export interface DynamicGraph {
  span: Span;
  /**
   * First day of every sampling period. Relations are evaluated on these days and, pair by pair, also
   * on their event days and their ties' first and day-after-last days.
   */
  samples: number[];
  nodes: DynamicNode[];
  edges: DynamicEdge[];
}

export type SampleStep = 'month' | 'quarter' | 'year';
const STEP_MONTHS: Record<SampleStep, number> = { month: 1, quarter: 3, year: 12 };

export interface DynamicOptions {
  step: SampleStep;
  /** Clip the span (day numbers); defaults to the dataset span. */
  from?: number;
  to?: number;
  /**
   * Scores are rounded to this quantum before intervals are merged. The decayed score changes every
   * day; without a quantum every sample would open a new interval and the file would balloon.
   */
  scoreStep: number;
}

export const DEFAULT_DYNAMIC: DynamicOptions = { step: 'month', scoreStep: 0.25 };

function intersect(a: Span, b: Span): Span | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}

/** Appends a run, merging it into the last one when adjacent (and equal in value, for valued runs). */
function extend<T extends Span>(runs: T[], run: T, same: (a: T, b: T) => boolean = () => true): void {
  const last = runs[runs.length - 1];
  if (last && last.end + 1 >= run.start && same(last, run)) last.end = Math.max(last.end, run.end);
  else runs.push(run);
}

const noSeries = () => ({
  spells: [],
  score: [],
  weight: [],
  sign: [],
  events: [],
  evidence: [],
  confidence: [],
  insufficient: [],
  lasting: [],
});

const sameValue = <T>(a: Valued<T>, b: Valued<T>) => a.value === b.value;

/**
 * The whole span as one time-varying graph, for the dynamic GEXF. Nodes and ties use their exact
 * spans; relations are sampled at the start of every period (their decayed score changes daily) and
 * on the days they jump, held until the next sample, with equal consecutive values merged.
 */
export function dynamicGraph(
  source: Dataset | DatasetIndex,
  options: Partial<DynamicOptions> = {},
): DynamicGraph {
  const opts = { ...DEFAULT_DYNAMIC, ...options };
  const index = asIndex(source);
  const span: Span = {
    start: Math.max(index.span.start, opts.from ?? -Infinity),
    end: Math.min(index.span.end, opts.to ?? Infinity),
  };
  const samples: number[] = [];
  for (
    let k = 0, day = span.start;
    day <= span.end;
    day = addMonths(span.start, ++k * STEP_MONTHS[opts.step])
  )
    samples.push(day);

  const life = new Map<string, Span>();
  const nodes: DynamicNode[] = [];
  for (const id of index.actorOrder) {
    const entry = index.actors.get(id)!;
    const alive = intersect(entry.exists, span);
    if (!alive) continue;
    life.set(id, alive);
    const cuts = new Set<number>([alive.start]);
    for (const l of entry.labels)
      for (const d of [l.span.start, l.span.end + 1]) if (d > alive.start && d <= alive.end) cuts.add(d);
    const starts = [...cuts].sort((a, b) => a - b);
    const labels: Valued<string>[] = [];
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] - 1 : alive.end;
      extend(labels, { start, end, value: labelAt(entry, start) }, sameValue);
    });
    nodes.push({
      id,
      kind: entry.actor.kind,
      label: labels[labels.length - 1].value,
      spells: [alive],
      labels,
    });
  }

  // Relations jump on event days and when a tie's standing starts or ends: sample there too, so an
  // edge appears on the day of its first event rather than at the next period start.
  const tieCuts = new Map<string, number[]>();
  const lastingSpans = new Map<string, Span[]>();
  const lastingTypes: ReadonlySet<string> = new Set(LASTING_TIE_TYPES);
  for (const { tie, span: s } of index.ties) {
    const key = pairKey(tie.source, tie.target);
    tieCuts.set(key, [...(tieCuts.get(key) ?? []), s.start, s.end + 1]);
    if (lastingTypes.has(tie.type)) lastingSpans.set(key, [...(lastingSpans.get(key) ?? []), s]);
  }
  const series = relationSeriesMaker({ index, samples, scoreStep: opts.scoreStep });
  const edges: DynamicEdge[] = [];
  for (const pair of index.pairs) {
    const both =
      life.has(pair.a) && life.has(pair.b) ? intersect(life.get(pair.a)!, life.get(pair.b)!) : null;
    if (!both) continue;
    const edge: DynamicEdge = {
      id: `rel:${pairKey(pair.a, pair.b)}`,
      source: pair.a,
      target: pair.b,
      kind: 'relation',
      ...noSeries(),
    };
    const lasting = lastingSpans.get(pair.key) ?? [];
    const within = (d: number) => d >= both.start && d <= both.end;
    // Days the relation can jump on, beside the period starts: its events, its ties' cuts.
    const jumps = [
      ...new Set([both.start, ...pair.days, ...(tieCuts.get(pair.key) ?? [])].filter(within)),
    ].sort((x, y) => x - y);
    series(edge, pair, both, jumps, lasting);
    if (edge.spells.length > 0) edges.push(edge);
  }

  for (const { tie, span: tieSpan } of index.ties) {
    const a = life.get(tie.source);
    const b = life.get(tie.target);
    const run = a && b ? intersect(intersect(a, b) ?? { start: 1, end: 0 }, tieSpan) : null;
    if (!run) continue;
    const sign = tieSign(tie.type);
    edges.push({
      id: `tie:${tie.id}`,
      source: tie.source,
      target: tie.target,
      kind: tie.type,
      tie: tie.id,
      role: tie.role,
      label: tie.label,
      ...noSeries(),
      spells: [run],
      score: [{ ...run, value: sign }],
      weight: [{ ...run, value: 1 }],
      sign: [{ ...run, value: sign }],
    });
  }
  return { span, samples, nodes, edges };
}
