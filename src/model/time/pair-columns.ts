import type { PairIndex } from './dataset-index';
import { parseDate } from '../dates';
import type { Dataset } from '../types';

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

/**
 * The events reduced to numbers and a few strings: cheap to build on the main thread and cheap to
 * send to a worker (its arrays are transferable), which then does the heavy part (computeColumns).
 */
export interface EventTable {
  /** Actor id of each slot: actorOrder's positions first, then ids events use but no actor has. */
  ids: string[];
  /** Slots below this are real actors (positions in actorOrder). */
  actorCount: number;
  source: Int32Array;
  target: Int32Array;
  /** Distinct date strings, and each event's position in that list. */
  dates: string[];
  dateOf: Int32Array;
  score: Float64Array;
}

export interface PreparedPairs {
  /** Pair keys ("a~b", a < b) in pair order. */
  keys: string[];
  columns: PairColumns;
}

/** Fills an EventTable a slice of events at a time, so a caller can yield between slices. */
export function eventTableBuilder(
  dataset: Dataset,
  slot: ReadonlyMap<string, number>,
  actorCount: number,
): { table: EventTable; fill: (from: number, to: number) => void } {
  const ids: string[] = [];
  const slots = new Map<string, number>();
  slot.forEach((i, id) => {
    ids[i] = id;
    slots.set(id, i);
  });
  const slotOf = (id: string) => {
    let s = slots.get(id);
    if (s === undefined) {
      s = Math.max(actorCount, ids.length);
      ids[s] = id;
      slots.set(id, s);
    }
    return s;
  };
  const n = dataset.events.length;
  const table: EventTable = {
    ids,
    actorCount,
    source: new Int32Array(n),
    target: new Int32Array(n),
    dates: [],
    dateOf: new Int32Array(n),
    score: new Float64Array(n),
  };
  const dateSlot = new Map<string, number>();
  const fill = (from: number, to: number) => {
    for (let i = from; i < Math.min(to, n); i++) {
      const e = dataset.events[i];
      table.source[i] = slotOf(e.source);
      table.target[i] = slotOf(e.target);
      let d = dateSlot.get(e.date);
      if (d === undefined) {
        d = table.dates.length;
        table.dates.push(e.date);
        dateSlot.set(e.date, d);
      }
      table.dateOf[i] = d;
      table.score[i] = e.score;
    }
  };
  return { table, fill };
}

export function eventTable(
  dataset: Dataset,
  slot: ReadonlyMap<string, number>,
  actorCount: number,
): EventTable {
  const { table, fill } = eventTableBuilder(dataset, slot, actorCount);
  fill(0, dataset.events.length);
  return table;
}

/** Groups, sorts and sums every pair's events. Pure and DOM-free, so it also runs in a worker. */
export function computeColumns(table: EventTable, lambda: number): PreparedPairs {
  const { ids, source, target, dateOf, score } = table;
  const mid = Float64Array.from(table.dates, (d) => parseDate(d)!.mid);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < source.length; i++) {
    const s = ids[source[i]];
    const t = ids[target[i]];
    const key = s < t ? `${s}~${t}` : `${t}~${s}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  const keys = [...groups.keys()].sort();
  const total = source.length;
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
    const first = members[0];
    const [sa, sb] =
      ids[source[first]] < ids[target[first]]
        ? [source[first], target[first]]
        : [target[first], source[first]];
    columns.ia[p] = sa < table.actorCount ? sa : -1;
    columns.ib[p] = sb < table.actorCount ? sb : -1;
    const order = members.slice().sort((x, y) => mid[dateOf[x]] - mid[dateOf[y]] || x - y);
    offsets[p] = at;
    const base = at + p;
    prefix[base] = 0;
    order.forEach((e, j) => {
      const i = at + j;
      days[i] = mid[dateOf[e]];
      events[i] = e;
      scores[i] = score[e];
      const carried = j === 0 ? 0 : decayed[i - 1] * Math.exp(-lambda * (days[i] - days[i - 1]));
      decayed[i] = carried + scores[i];
      prefix[base + j + 1] = prefix[base + j] + scores[i];
    });
    at += members.length;
  });
  offsets[keys.length] = at;
  return { keys, columns };
}

/** The PairIndex objects, as views into the columns; made in one go and in order, so walking them walks memory in order. */
export function pairsFromColumns({ keys, columns }: PreparedPairs): PairIndex[] {
  const { offsets, days, scores, events, decayed, prefix } = columns;
  return keys.map((key, p): PairIndex => {
    const [a, b] = key.split('~');
    const lo = offsets[p];
    const hi = offsets[p + 1];
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
}
