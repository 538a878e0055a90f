import type { PairIndex } from './dataset-index';
import { parseDate } from '../dates';
import { quadClass } from '../cameo';
import type { Dataset } from '../types';
import { type EventFacts, episodeShares, partsOf, subDay, toneWeight } from './episodes';

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
  /**
   * Points, not events: an event's impulse is spread over 1 (day), 4 (month) or 12 (year) sub-points.
   * Pair p owns points offsets[p] .. offsets[p + 1], sorted by day.
   */
  days: Float64Array;
  /** Each point's share of its event's impulse to the evidence (weight) and to the weighted score. */
  dw: Float64Array;
  dn: Float64Array;
  /** The event (dataset position) each point belongs to. */
  events: Int32Array;
  /** Running decayed sums after each point, evaluated at its day. */
  decW: Float64Array;
  decN: Float64Array;
  /** Events begun up to and including each point. */
  seen: Int32Array;
  /** Pair p's plain running sums (window mode) start at offsets[p] + p (n + 1 of them). */
  preW: Float64Array;
  preN: Float64Array;
  /** Per dataset event: its whole impulse and its episode (dataset position of the episode's first event). */
  eventDw: Float64Array;
  eventDn: Float64Array;
  episodeOf: Int32Array;
}

/** What indexing needs besides the events: the decay and the episode and conflict rules. */
export interface ColumnParams {
  lambda: number;
  conflictWeight: number;
  episodeRemainder: number;
  episodeWindowDays: number;
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
  /** 1 for conflict (ICEWS quad classes verbal/material conflict, or a negative score). */
  conflict: Uint8Array;
  /** CAMEO root 1..20. */
  root: Uint8Array;
  /** Rows an aggregated event stands for (1 for a plain event). */
  count: Float64Array;
  /** Slot of the first cited passage with a line ("source#line"), -1 when none. */
  cite: Int32Array;
  /** Slot of the declared episode id, -1 when none. */
  episode: Int32Array;
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
    conflict: new Uint8Array(n),
    root: new Uint8Array(n),
    count: new Float64Array(n),
    cite: new Int32Array(n),
    episode: new Int32Array(n),
  };
  const dateSlot = new Map<string, number>();
  const citeSlot = new Map<string, number>();
  const episodeSlot = new Map<string, number>();
  const slotIn = (map: Map<string, number>, key: string) => {
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = map.size));
    return v;
  };
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
      const quad = quadClass(e.cameo);
      table.conflict[i] = quad === 'verbal-conflict' || quad === 'material-conflict' || e.score < 0 ? 1 : 0;
      table.root[i] = Number(e.cameo.slice(0, 2));
      table.count[i] = e.count ?? 1;
      const passage = e.citations.find((c) => c.line !== undefined);
      table.cite[i] = passage ? slotIn(citeSlot, `${passage.source}#${passage.line}`) : -1;
      table.episode[i] = e.episode === undefined ? -1 : slotIn(episodeSlot, e.episode);
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

/** One pair's events as the numbers the episode rule reads. */
function factsOf(table: EventTable, members: number[], dates: DateFacts, params: ColumnParams): EventFacts[] {
  return members.map((e) => {
    const d = table.dateOf[e];
    return {
      start: dates.start[d],
      mid: dates.mid[d],
      end: dates.end[d],
      parts: dates.parts[d],
      cite: table.cite[e],
      date: d,
      root: table.root[e],
      episode: table.episode[e],
      weight: toneWeight(table.conflict[e] === 1, table.count[e], params.conflictWeight),
      score: table.score[e],
      order: e,
    };
  });
}

interface DateFacts {
  start: Float64Array;
  mid: Float64Array;
  end: Float64Array;
  parts: Int32Array;
}

function dateFacts(dates: readonly string[]): DateFacts {
  const parsed = dates.map((d) => parseDate(d)!);
  return {
    start: Float64Array.from(parsed, (p) => p.start),
    mid: Float64Array.from(parsed, (p) => p.mid),
    end: Float64Array.from(parsed, (p) => p.end),
    parts: Int32Array.from(parsed, (p) => partsOf(p.precision)),
  };
}

const SLOT = 2 ** 21;
const DAY_OFFSET = 2 ** 22;

/**
 * Points in day order, ties in the order they were made (event by event in dataset order, step by
 * step). A numeric sort of day x 2^21 + position, exact in a double, is several times faster than a
 * comparator sort at a million points.
 */
function pointOrder(pDay: Float64Array, count: number): Int32Array {
  const order = new Int32Array(count);
  if (count >= SLOT) {
    const all = Array.from({ length: count }, (_, i) => i).sort((x, y) => pDay[x] - pDay[y] || x - y);
    order.set(all);
    return order;
  }
  const keys = new Float64Array(count);
  for (let q = 0; q < count; q++) keys[q] = (pDay[q] + DAY_OFFSET) * SLOT + q;
  keys.sort();
  for (let j = 0; j < count; j++) order[j] = keys[j] % SLOT;
  return order;
}

/** Groups, sorts and sums every pair's events. Pure and DOM-free, so it also runs in a worker. */
export function computeColumns(table: EventTable, params: ColumnParams): PreparedPairs {
  const { ids, source, target } = table;
  const { lambda } = params;
  const dates = dateFacts(table.dates);
  const groups = new Map<string, number[]>();
  let total = 0;
  for (let i = 0; i < source.length; i++) {
    const s = ids[source[i]];
    const t = ids[target[i]];
    const key = s < t ? `${s}~${t}` : `${t}~${s}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
    total += dates.parts[table.dateOf[i]];
  }
  const keys = [...groups.keys()].sort();
  const n = source.length;
  const columns: PairColumns = {
    offsets: new Int32Array(keys.length + 1),
    ia: new Int32Array(keys.length),
    ib: new Int32Array(keys.length),
    days: new Float64Array(total),
    dw: new Float64Array(total),
    dn: new Float64Array(total),
    events: new Int32Array(total),
    decW: new Float64Array(total),
    decN: new Float64Array(total),
    seen: new Int32Array(total),
    preW: new Float64Array(total + keys.length),
    preN: new Float64Array(total + keys.length),
    eventDw: new Float64Array(n),
    eventDn: new Float64Array(n),
    episodeOf: new Int32Array(n),
  };
  const { offsets, days, dw, dn, events, decW, decN, seen, preW, preN } = columns;
  const episodeParams = { remainder: params.episodeRemainder, windowDays: params.episodeWindowDays };
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
    const facts = factsOf(table, members, dates, params);
    const shares = episodeShares(facts, episodeParams);
    let count = 0;
    for (const f of facts) count += f.parts;
    const pDay = new Float64Array(count);
    const pLocal = new Int32Array(count);
    const pK = new Int32Array(count);
    let q = 0;
    facts.forEach((f, local) => {
      const e = members[local];
      columns.eventDw[e] = shares.dw[local];
      columns.eventDn[e] = shares.dn[local];
      columns.episodeOf[e] = shares.episode[local];
      for (let k = 0; k < f.parts; k++, q++) {
        pDay[q] = subDay(f.start, f.end, k, f.parts);
        pLocal[q] = local;
        pK[q] = k;
      }
    });
    const order = pointOrder(pDay, count);
    offsets[p] = at;
    const base = at + p;
    preW[base] = 0;
    preN[base] = 0;
    for (let j = 0; j < count; j++) {
      const pt = order[j];
      const local = pLocal[pt];
      const i = at + j;
      const parts = facts[local].parts;
      days[i] = pDay[pt];
      events[i] = members[local];
      dw[i] = shares.dw[local] / parts;
      dn[i] = shares.dn[local] / parts;
      const carry = j === 0 ? 0 : Math.exp(-lambda * (days[i] - days[i - 1]));
      decW[i] = (j === 0 ? 0 : decW[i - 1] * carry) + dw[i];
      decN[i] = (j === 0 ? 0 : decN[i - 1] * carry) + dn[i];
      seen[i] = (j === 0 ? 0 : seen[i - 1]) + (pK[pt] === 0 ? 1 : 0);
      preW[base + j + 1] = preW[base + j] + dw[i];
      preN[base + j + 1] = preN[base + j] + dn[i];
    }
    at += count;
  });
  offsets[keys.length] = at;
  return { keys, columns };
}

/** The PairIndex objects, as views into the columns; made in one go and in order, so walking them walks memory in order. */
export function pairsFromColumns({ keys, columns }: PreparedPairs): PairIndex[] {
  const { offsets, days, dw, dn, events, decW, decN, seen, preW, preN } = columns;
  return keys.map((key, p): PairIndex => {
    const [a, b] = key.split('~');
    const lo = offsets[p];
    const hi = offsets[p + 1];
    return {
      key,
      a,
      b,
      days: days.subarray(lo, hi),
      dw: dw.subarray(lo, hi),
      dn: dn.subarray(lo, hi),
      events: events.subarray(lo, hi),
      decW: decW.subarray(lo, hi),
      decN: decN.subarray(lo, hi),
      seen: seen.subarray(lo, hi),
      preW: preW.subarray(lo + p, hi + p + 1),
      preN: preN.subarray(lo + p, hi + p + 1),
      edgeId: `rel:${key}`,
    };
  });
}
