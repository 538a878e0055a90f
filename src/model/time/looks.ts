import type { DatasetIndex } from './dataset-index';
import { confidenceOf, weightOf } from './engine';
import type { PairState } from './pair-state';
import { type ViewFilter, type VisibleSummary, markVisibleActors, tieVisible, visibleSign } from './visible';

/** Edge widths and opacities move in this many visual steps, so small score drifts touch nothing. */
export const WEIGHT_STEPS = 8;

export function quantiseWeight(weight: number): number {
  return Math.round(Math.min(1, Math.max(0, weight)) * WEIGHT_STEPS) / WEIGHT_STEPS;
}

const SIGN_STEPS = WEIGHT_STEPS + 1;
const LOOKS_PER_LEVEL = 3 * SIGN_STEPS;
/** Confidence is drawn in three opacity levels: low (< 1/3), middling, high (>= 2/3). */
export const CONFIDENCE_LEVELS = 3;
const INSUFFICIENT_BASE = 1 + CONFIDENCE_LEVELS * LOOKS_PER_LEVEL;

export function quantiseConfidence(confidence: number): number {
  const level = Math.min(CONFIDENCE_LEVELS - 1, Math.floor(Math.max(0, confidence) * CONFIDENCE_LEVELS));
  return level / (CONFIDENCE_LEVELS - 1);
}

/**
 * Which drawn look a relation has (0 is kept for "not drawn"): 1..81 for sign x 9 widths x 3
 * confidence levels, 82..90 for "insufficient evidence" at each width.
 */
export function lookCode(sign: -1 | 0 | 1, weight: number, confidence = 1, insufficient = false): number {
  const q = quantiseWeight(weight) * WEIGHT_STEPS;
  if (insufficient) return INSUFFICIENT_BASE + q;
  const level = quantiseConfidence(confidence) * (CONFIDENCE_LEVELS - 1);
  return 1 + level * LOOKS_PER_LEVEL + (sign + 1) * SIGN_STEPS + q;
}

export function lookOfCode(code: number): { sign: -1 | 0 | 1; w: number; c: number; low: 0 | 1 } {
  if (code >= INSUFFICIENT_BASE)
    return { sign: 0, w: (code - INSUFFICIENT_BASE) / WEIGHT_STEPS, c: 0, low: 1 };
  const level = Math.floor((code - 1) / LOOKS_PER_LEVEL);
  const rest = (code - 1) % LOOKS_PER_LEVEL;
  const sign = (Math.floor(rest / SIGN_STEPS) - 1) as -1 | 0 | 1;
  return { sign, w: (rest % SIGN_STEPS) / WEIGHT_STEPS, c: level / (CONFIDENCE_LEVELS - 1), low: 0 };
}

/** Resolution of the "strongest relations" cut: weights are binned in 1/64ths. */
export const STRENGTH_BINS = 64;

/**
 * What each pair looks like at the last tracked frame, and which pairs changed look since the consumer
 * (the graph adapter) last took the change list. One pass per frame fills it; the status line reads
 * its summary, the graph touches only the changed pairs.
 */
export interface LookTracker {
  index: DatasetIndex;
  /** Per pair: lookCode when drawn (after the strength cut), else 0. */
  codes: Uint8Array;
  /** Per actor: 1 when shown. */
  visible: Uint8Array;
  /** Every visible relation, before the strength cut. */
  summary: VisibleSummary;
  /** Relations drawn after the strength cut (equals the summary's relation count when no cut). */
  drawn: number;
  /** The weight every drawn relation reaches (0 when nothing is cut). */
  minWeight: number;
  /** Pairs whose code changed since the last takeChanges, each once. */
  pending: Int32Array;
  pendingCount: number;
  /** Frames tracked so far. */
  frames: number;
  /** The weight bin of the last cut (STRENGTH_BINS + 1 when none), kept while it still fits. */
  cutBin: number;
  full: Uint8Array;
  bin: Uint8Array;
  mark: Uint8Array;
  histogram: Int32Array;
}

export function createLookTracker(index: DatasetIndex): LookTracker {
  const pairs = index.pairs.length;
  return {
    index,
    codes: new Uint8Array(pairs),
    visible: new Uint8Array(index.actorOrder.length),
    summary: { actors: 0, positive: 0, negative: 0, neutral: 0, ties: 0 },
    drawn: 0,
    minWeight: 0,
    pending: new Int32Array(pairs),
    pendingCount: 0,
    frames: 0,
    cutBin: 0,
    full: new Uint8Array(pairs),
    bin: new Uint8Array(pairs),
    mark: new Uint8Array(pairs),
    histogram: new Int32Array(STRENGTH_BINS + 1),
  };
}

/**
 * Brings the tracker to `state`: one pass over the pairs computes each visible relation's look, the
 * status line's counts and a strength histogram; with `budget` set, only the strongest relations (at
 * most `budget`, cut at a weight bin) keep their look, the rest get code 0. A second loop over the
 * byte arrays collects the pairs whose code changed.
 */
export function trackLooks(
  tracker: LookTracker,
  state: PairState,
  filter: ViewFilter,
  budget = Infinity,
): LookTracker {
  const { index, full, bin, histogram, visible } = tracker;
  markVisibleActors(index, state, filter, visible);
  histogram.fill(0);
  const summary: VisibleSummary = { actors: 0, positive: 0, negative: 0, neutral: 0, ties: 0 };
  for (let i = 0; i < visible.length; i++) summary.actors += visible[i];
  for (let p = 0; p < full.length; p++) {
    const sign = visibleSign(index, state, p, filter, visible);
    if (sign === null) {
      full[p] = 0;
      continue;
    }
    const weight = weightOf(state.score[p], index.options);
    full[p] = lookCode(
      sign,
      weight,
      confidenceOf(state.evidence[p], index.options),
      state.insufficient[p] === 1,
    );
    const b = Math.min(STRENGTH_BINS, Math.floor(weight * STRENGTH_BINS));
    bin[p] = b;
    histogram[b]++;
    if (sign === 1) summary.positive++;
    else if (sign === -1) summary.negative++;
    else summary.neutral++;
  }
  for (let k = 0; k < index.ties.length; k++)
    if (tieVisible(index, state, k, filter, visible)) summary.ties++;
  const cut = strengthCut(histogram, budget, tracker.cutBin);
  tracker.cutBin = cut.bin;
  tracker.summary = summary;
  tracker.drawn = cut.drawn;
  tracker.minWeight = cut.bin / STRENGTH_BINS;
  collectChanges(tracker, cut.bin);
  tracker.frames++;
  return tracker;
}

/**
 * The lowest weight bin whose relations, with all stronger ones, fit in the budget. The previous cut
 * stays while it keeps between half the budget and the budget: a cut that moves every frame would add
 * and remove edges near it every frame, which costs Cytoscape more than drawing them.
 */
function strengthCut(
  histogram: Int32Array,
  budget: number,
  previous: number,
): { bin: number; drawn: number } {
  if (budget === Infinity) return { bin: 0, drawn: sumFrom(histogram, 0) };
  const kept = sumFrom(histogram, previous);
  if (previous > 0 && kept <= budget && kept >= budget / 2) return { bin: previous, drawn: kept };
  let drawn = 0;
  let b = STRENGTH_BINS;
  for (; b >= 0; b--) {
    if (drawn + histogram[b] > budget) break;
    drawn += histogram[b];
  }
  return { bin: b + 1, drawn };
}

function sumFrom(histogram: Int32Array, bin: number): number {
  let sum = 0;
  for (let b = Math.max(0, bin); b < histogram.length; b++) sum += histogram[b];
  return sum;
}

function collectChanges(tracker: LookTracker, cutBin: number) {
  const { codes, full, bin, mark, pending } = tracker;
  let count = tracker.pendingCount;
  for (let p = 0; p < codes.length; p++) {
    const code = full[p] !== 0 && bin[p] >= cutBin ? full[p] : 0;
    if (code === codes[p]) continue;
    codes[p] = code;
    if (mark[p] === 0) {
      mark[p] = 1;
      pending[count++] = p;
    }
  }
  tracker.pendingCount = count;
}

/** The pairs whose look changed since the last call (a view valid until the next trackLooks). */
export function takeChanges(tracker: LookTracker): Int32Array {
  const list = tracker.pending.subarray(0, tracker.pendingCount);
  for (const p of list) tracker.mark[p] = 0;
  tracker.pendingCount = 0;
  return list;
}

/** The look of pair p with nothing cut: the plain per-pair rule the tracker must agree with (tests). */
export function naiveLookCode(
  index: DatasetIndex,
  state: PairState,
  p: number,
  filter: ViewFilter,
  visible: Uint8Array,
): number {
  const sign = visibleSign(index, state, p, filter, visible);
  if (sign === null) return 0;
  const weight = weightOf(state.score[p], index.options);
  return lookCode(sign, weight, confidenceOf(state.evidence[p], index.options), state.insufficient[p] === 1);
}
