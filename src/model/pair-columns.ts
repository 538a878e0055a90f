import type { PairIndex } from './dataset-index';
import type { Dataset } from './types';

/**
 * Every pair's events in shared flat arrays (pair p owns offsets[p] .. offsets[p + 1]), in pair order.
 * A snapshot reads one or two entries per pair; with the pairs side by side those reads move forward
 * through memory instead of jumping between thousands of small arrays, which on a busy machine is the
 * difference between ~1 and ~10 ms per frame at 10k pairs. PairIndex arrays are views into these.
 */
export interface PairColumns {
  /** pairs + 1 entries. */
  offsets: Int32Array;
  /** Positions of each pair's two actors in `actorOrder` (-1 if unknown). */
  ia: Int32Array;
  ib: Int32Array;
  days: Float64Array;
  scores: Float64Array;
  events: Int32Array;
  decayed: Float64Array;
  /** Pair p's running sums start at offsets[p] + p (each pair has n + 1 of them). */
  prefix: Float64Array;
}

export function buildPairColumns(
  dataset: Dataset,
  slot: ReadonlyMap<string, number>,
  lambda: number,
  midOf: (date: string) => number,
): { pairs: PairIndex[]; columns: PairColumns } {
  const groups = new Map<string, number[]>();
  dataset.events.forEach((e, i) => {
    const key = e.source < e.target ? `${e.source}~${e.target}` : `${e.target}~${e.source}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const keys = [...groups.keys()].sort();
  const total = dataset.events.length;
  const columns: PairColumns = {
    offsets: new Int32Array(keys.length + 1),
    ia: new Int32Array(keys.length),
    ib: new Int32Array(keys.length),
    days: new Float64Array(total),
    scores: new Float64Array(total),
    events: new Int32Array(total),
    decayed: new Float64Array(total),
    prefix: new Float64Array(total + keys.length),
  };
  const { offsets, days, scores, events, decayed, prefix } = columns;
  let at = 0;
  keys.forEach((key, p) => {
    const members = groups.get(key)!;
    const mids = members.map((i) => midOf(dataset.events[i].date));
    const order = members.map((_, k) => k).sort((x, y) => mids[x] - mids[y] || members[x] - members[y]);
    offsets[p] = at;
    const base = at + p;
    prefix[base] = 0;
    order.forEach((k, j) => {
      const i = at + j;
      days[i] = mids[k];
      events[i] = members[k];
      scores[i] = dataset.events[members[k]].score;
      const carried = j === 0 ? 0 : decayed[i - 1] * Math.exp(-lambda * (days[i] - days[i - 1]));
      decayed[i] = carried + scores[i];
      prefix[base + j + 1] = prefix[base + j] + scores[i];
    });
    at += members.length;
  });
  offsets[keys.length] = at;
  // Pair objects are made in one go, in order, so that walking them also walks memory in order.
  const pairs = keys.map((key, p): PairIndex => {
    const [a, b] = key.split('~');
    const lo = offsets[p];
    const hi = offsets[p + 1];
    columns.ia[p] = slot.get(a) ?? -1;
    columns.ib[p] = slot.get(b) ?? -1;
    return {
      key,
      a,
      b,
      days: days.subarray(lo, hi),
      scores: scores.subarray(lo, hi),
      events: events.subarray(lo, hi),
      decayed: decayed.subarray(lo, hi),
      prefix: prefix.subarray(lo + p, hi + p + 1),
      edgeId: `rel:${key}`,
    };
  });
  return { pairs, columns };
}
