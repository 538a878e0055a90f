import { type DatasetIndex, inSpan, overlaps } from './dataset-index';
import { baselineAt, freshSince, staleFactor, staleRule } from './standing';
import { countUpTo } from './time-grid';

/**
 * The relation state at one day as typed arrays, one slot per pair (index.pairs order) and per actor
 * (index.actorOrder order). It is what a scrub needs and nothing else: no objects, no strings, so a
 * frame can refill the same buffers without allocating. snapshotAt turns it into objects.
 */
export interface PairState {
  day: number;
  /** Set in window mode: events from this day to `day` are summed, undecayed. */
  windowFrom?: number;
  /** 1 for each actor that exists at `day` (or at some point of the window). */
  alive: Uint8Array;
  /**
   * 1 where the pair has a relation edge: both actors alive, and a lasting state in force or (an event
   * begun and) evidence >= minAbsScore.
   */
  shown: Uint8Array;
  /** Valid where `shown` is 1: the tone, the evidence behind it, points counted, and 1 for "insufficient evidence". */
  score: Float64Array;
  evidence: Float64Array;
  count: Int32Array;
  insufficient: Uint8Array;
  /** Valid where `shown` is 1: 1 where the baseline rests on no recent evidence and is decaying. */
  stale: Uint8Array;
  /** How many pairs are shown. */
  edges: number;
}

export function emptyPairState(index: DatasetIndex): PairState {
  const pairs = index.pairs.length;
  return {
    day: Number.NaN,
    alive: new Uint8Array(index.actorOrder.length),
    shown: new Uint8Array(pairs),
    score: new Float64Array(pairs),
    evidence: new Float64Array(pairs),
    count: new Int32Array(pairs),
    insufficient: new Uint8Array(pairs),
    stale: new Uint8Array(pairs),
    edges: 0,
  };
}

const standingFlags = new WeakMap<DatasetIndex, Uint8Array>();

/** 1 for pairs that have lasting-state ties setting a baseline. */
function withStanding(index: DatasetIndex): Uint8Array {
  let flags = standingFlags.get(index);
  if (!flags) {
    flags = Uint8Array.from(index.pairs, (p) => (p.standing?.length ? 1 : 0));
    standingFlags.set(index, flags);
  }
  return flags;
}

const endsCache = new WeakMap<DatasetIndex, Int32Array>();

/** Actor positions of each tie's two ends (-1 for an id no actor has). */
export function tieEnds(index: DatasetIndex): Int32Array {
  let ends = endsCache.get(index);
  if (!ends) {
    const slot = new Map(index.actorOrder.map((id, i) => [id, i]));
    const out = new Int32Array(index.ties.length * 2);
    index.ties.forEach(({ tie }, k) => {
      out[2 * k] = slot.get(tie.source) ?? -1;
      out[2 * k + 1] = slot.get(tie.target) ?? -1;
    });
    endsCache.set(index, out);
    ends = out;
  }
  return ends;
}

/** Whether tie k is in force in the state: its span holds the day (or meets the window), both ends exist. */
export function tieInForce(index: DatasetIndex, state: PairState, k: number): boolean {
  const { span } = index.ties[k];
  const active =
    state.windowFrom === undefined ? inSpan(span, state.day) : overlaps(span, state.windowFrom, state.day);
  if (!active) return false;
  const ends = tieEnds(index);
  const a = ends[2 * k];
  const b = ends[2 * k + 1];
  return a >= 0 && b >= 0 && state.alive[a] === 1 && state.alive[b] === 1;
}

function markAlive(index: DatasetIndex, t: number, from: number | undefined, alive: Uint8Array) {
  const { actorStart, actorEnd } = index;
  const since = from ?? t;
  for (let i = 0; i < alive.length; i++) alive[i] = actorStart[i] <= t && since <= actorEnd[i] ? 1 : 0;
}

/**
 * Fills `into` (or new buffers) with the state at day t. Point mode reads one row of the time grid
 * front to back: each pair's last event before the row, then the row's own events up to t, so the
 * memory it touches is a few hundred kilobytes in order even at a million events.
 */
export function stateAt(
  index: DatasetIndex,
  t: number,
  windowFrom?: number,
  into: PairState = emptyPairState(index),
): PairState {
  const windowed = windowFrom !== undefined;
  into.day = t;
  into.windowFrom = windowFrom;
  markAlive(index, t, windowFrom, into.alive);
  if (windowed) windowState(index, t, windowFrom, into);
  else pointState(index, t, into);
  return into;
}

function pointState(index: DatasetIndex, t: number, out: PairState) {
  const { grid, lambda, pairs } = index;
  const { ia, ib } = index.columns;
  const { counts, lastDay, lastW, lastN, rowDays, rowW, rowN, cum, rows } = grid;
  const { alive, shown, score, evidence, count, insufficient, stale } = out;
  const standing = withStanding(index);
  const rule = staleRule(index.options);
  const { minAbsScore, minEvidence, kappa } = index.options;
  const r = Math.floor((t - grid.origin) / grid.step);
  let edges = 0;
  if (pairs.length === 0 || counts.length === 0) {
    shown.fill(0);
    out.edges = 0;
    return;
  }
  // Before the first event (r < 0) row 0 counts no point yet, but lasting states in force still show.
  const row = Math.min(Math.max(r, 0), rows);
  const inRow = r < rows;
  const base = row * grid.pairs;
  let j = inRow ? cum[base] : 0;
  for (let p = 0; p < pairs.length; p++) {
    const end = inRow ? cum[base + p + 1] : j;
    let c = counts[base + p];
    let day = lastDay[base + p];
    let w = lastW[base + p];
    let n = lastN[base + p];
    for (; j < end && rowDays[j] <= t; j++, c++) {
      day = rowDays[j];
      w = rowW[j];
      n = rowN[j];
    }
    j = end;
    const a = ia[p];
    const b = ib[p];
    if (a < 0 || b < 0 || alive[a] === 0 || alive[b] === 0 || (c === 0 && standing[p] === 0)) {
      shown[p] = 0;
      continue;
    }
    // Before its first event a pair stands at its baseline (a lasting state in force, else nothing).
    const decay = c === 0 ? 0 : Math.exp(-lambda * (t - day));
    w *= decay;
    n *= decay;
    let baseline = 0;
    stale[p] = 0;
    if (standing[p] === 1) {
      baseline = baselineAt(pairs[p].standing, t);
      const factor =
        baseline === 0 ? 1 : staleFactor(rule, t, freshSince(pairs[p].standing, t, c === 0 ? NaN : day));
      if (factor < 1) {
        baseline *= factor;
        stale[p] = 1;
      }
    }
    const show = baseline !== 0 || (c > 0 && w >= minAbsScore);
    shown[p] = show ? 1 : 0;
    score[p] = (n + kappa * baseline) / (w + kappa);
    evidence[p] = w;
    count[p] = c;
    insufficient[p] = baseline === 0 && w < minEvidence ? 1 : 0;
    if (show) edges++;
  }
  out.edges = edges;
}

function windowState(index: DatasetIndex, t: number, from: number, out: PairState) {
  const { grid, columns, pairs } = index;
  const { ia, ib, offsets, preW, preN } = columns;
  const { alive, shown, score, evidence, count, insufficient, stale } = out;
  const { kappa, minEvidence } = index.options;
  stale.fill(0);
  let edges = 0;
  for (let p = 0; p < pairs.length; p++) {
    shown[p] = 0;
    const a = ia[p];
    const b = ib[p];
    if (a < 0 || b < 0 || alive[a] === 0 || alive[b] === 0) continue;
    const hi = countUpTo(grid, columns, p, t, true);
    const lo = countUpTo(grid, columns, p, from, false);
    if (hi <= lo) continue;
    const base = offsets[p] + p;
    const w = preW[base + hi] - preW[base + lo];
    shown[p] = 1;
    score[p] = (preN[base + hi] - preN[base + lo]) / (w + kappa);
    evidence[p] = w;
    count[p] = hi - lo;
    insufficient[p] = w < minEvidence ? 1 : 0;
    edges++;
  }
  out.edges = edges;
}
