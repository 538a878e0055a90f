/**
 * Episodes, acts and spreading: how one pair's events become weighted impulses (docs/MODEL.md,
 * "Episodes, not fragments"). Pure and numeric, so the indexer (also in a worker) and the naive oracle
 * share the one definition.
 */

/** The numbers the model needs of one event of a pair. */
export interface EventFacts {
  /** First, middle and last day of the event's date at its precision. */
  start: number;
  mid: number;
  end: number;
  /** Sub-points its weight is spread over: 1 (day), 4 (month), 12 (year). */
  parts: number;
  /** Slot of the first cited passage (source + line), -1 when no citation names a line. */
  cite: number;
  /** Slot of the date string (mirrored events carry the same date). */
  date: number;
  /** CAMEO root 1..20. */
  root: number;
  /** Slot of the declared episode id, -1 when none. */
  episode: number;
  /** Tone weight: conflict multiplier x (1 + ln count). */
  weight: number;
  score: number;
  /** Position in the dataset, the tie-breaker everywhere. */
  order: number;
}

export interface EpisodeParams {
  /** The k-th strongest act of an episode counts remainder^(k-1). */
  remainder: number;
  /** Undeclared episodes: same passage within this many days. */
  windowDays: number;
}

export interface EventShares {
  /** What the event adds to the episode's weight and weighted score when it arrives (its impulse). */
  dw: Float64Array;
  dn: Float64Array;
  /** The episode each event belongs to, named by the dataset position of its first event. */
  episode: Int32Array;
}

/** Spreads by precision: a year over 12 monthly steps, a month over 4 weekly steps, a day on the day. */
export function partsOf(precision: 'day' | 'month' | 'year'): number {
  return precision === 'year' ? 12 : precision === 'month' ? 4 : 1;
}

/** Day of sub-point k of n over [start, end]: the middle of the k-th of n equal slices. */
export function subDay(start: number, end: number, k: number, n: number): number {
  return n === 1 ? start : start + Math.floor(((k + 0.5) * (end - start + 1)) / n);
}

/** Tone weight of an event: conflict counts `conflictWeight` times; an aggregate of `count` rows 1 + ln(count). */
export function toneWeight(conflict: boolean, count: number, conflictWeight: number): number {
  return (conflict ? conflictWeight : 1) * (1 + Math.log(Math.max(1, count)));
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

function union(parent: Int32Array, a: number, b: number) {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Sorts local indices by a key and unions neighbours for which `same` holds. */
function unionRuns(
  parent: Int32Array,
  members: number[],
  compare: (x: number, y: number) => number,
  same: (x: number, y: number) => boolean,
) {
  members.sort(compare);
  for (let k = 1; k < members.length; k++)
    if (same(members[k - 1], members[k])) union(parent, members[k - 1], members[k]);
}

/** Strongest first: the larger weighted intensity (weight x |score|), then the larger weight, then dataset order. */
const stronger = (facts: readonly EventFacts[]) => (x: number, y: number) =>
  facts[y].weight * Math.abs(facts[y].score) - facts[x].weight * Math.abs(facts[x].score) ||
  facts[y].weight - facts[x].weight ||
  facts[x].order - facts[y].order;

/**
 * Episode impulses of one pair's events. An act is the events with one cited passage, one date and one
 * CAMEO root, whichever side is the source (so a mirrored A->B / B->A pair is one act, counted by its
 * strongest event). An episode is the acts sharing a declared episode id, or, undeclared, citing one
 * passage within `windowDays` of each other. At any moment an episode counts its acts so far, sorted
 * strongest first (weight x |score|), the k-th with factor remainder^(k-1); each event's impulse is
 * the change it makes to that sum when it arrives, so nothing counts before it happens.
 */
export function episodeShares(facts: readonly EventFacts[], params: EpisodeParams): EventShares {
  const n = facts.length;
  const dw = new Float64Array(n);
  const dn = new Float64Array(n);
  const episode = new Int32Array(n);
  if (facts.every((f) => f.cite < 0 && f.episode < 0)) {
    // Nothing to group (no passages, no declared episodes): every event is its own episode.
    for (let i = 0; i < n; i++) {
      dw[i] = facts[i].weight;
      dn[i] = facts[i].weight * facts[i].score;
      episode[i] = facts[i].order;
    }
    return { dw, dn, episode };
  }
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const cited: number[] = [];
  const declared: number[] = [];
  for (let i = 0; i < n; i++) {
    if (facts[i].cite >= 0) cited.push(i);
    if (facts[i].episode >= 0) declared.push(i);
  }
  const f = facts;
  unionRuns(
    parent,
    cited.slice(),
    (x, y) => f[x].cite - f[y].cite || f[x].date - f[y].date || f[x].root - f[y].root,
    (x, y) => f[x].cite === f[y].cite && f[x].date === f[y].date && f[x].root === f[y].root,
  );
  unionRuns(
    parent,
    declared,
    (x, y) => f[x].episode - f[y].episode,
    (x, y) => f[x].episode === f[y].episode,
  );
  unionRuns(
    parent,
    cited.filter((i) => f[i].episode < 0),
    (x, y) => f[x].cite - f[y].cite || f[x].mid - f[y].mid,
    (x, y) =>
      f[y].episode < 0 && f[x].cite === f[y].cite && Math.abs(f[y].mid - f[x].mid) <= params.windowDays,
  );
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  for (const members of groups.values()) {
    const first = members.reduce((best, i) => (f[i].order < f[best].order ? i : best), members[0]);
    for (const i of members) episode[i] = f[first].order;
    if (members.length === 1) {
      const i = members[0];
      dw[i] = f[i].weight;
      dn[i] = f[i].weight * f[i].score;
      continue;
    }
    arrive(members, facts, params.remainder, dw, dn);
  }
  return { dw, dn, episode };
}

/** Walks one episode's events in order of arrival and records each one's change to the episode's sums. */
function arrive(
  members: number[],
  facts: readonly EventFacts[],
  remainder: number,
  dw: Float64Array,
  dn: Float64Array,
) {
  const byArrival = members
    .slice()
    .sort(
      (x, y) =>
        facts[x].start - facts[y].start || facts[x].mid - facts[y].mid || facts[x].order - facts[y].order,
    );
  const cmp = stronger(facts);
  /** Strongest event of each act so far, keyed by act (cite|date|root, or the event alone). */
  const acts = new Map<string, number>();
  let w = 0;
  let s = 0;
  for (const i of byArrival) {
    const e = facts[i];
    const key = e.cite >= 0 ? `${e.cite}|${e.date}|${e.root}` : `#${e.order}`;
    const held = acts.get(key);
    if (held === undefined || cmp(i, held) < 0) acts.set(key, i);
    const ranked = [...acts.values()].sort(cmp);
    let nw = 0;
    let ns = 0;
    let factor = 1;
    for (const j of ranked) {
      nw += factor * facts[j].weight;
      ns += factor * facts[j].weight * facts[j].score;
      factor *= remainder;
    }
    dw[i] = nw - w;
    dn[i] = ns - s;
    w = nw;
    s = ns;
  }
}
