import { seededRandom } from './random';
import { formatDay, parseDate } from './dates';
import type { Actor, ActorKind, Dataset, DatasetEvent, Tie } from './types';

/**
 * Seeded, deterministic synthetic datasets for benchmarks and property tests. The output is a valid
 * dataset (schema and references), shaped a little like real event data: some pairs talk far more than
 * others, each pair has a mood that drifts and flips over the decades, and actors come, go and rename.
 */
export interface SyntheticOptions {
  seed: number;
  actors: number;
  /** Distinct unordered actor pairs that have events (each gets at least one if events >= pairs). */
  pairs: number;
  events: number;
  /** Membership, alliance, war and leadership ties; default actors / 10. */
  ties?: number;
  fromYear?: number;
  years?: number;
}

export { seededRandom };

const SOURCE_ID = 'synthetic';
// Events share these objects: a million copies of the same citation would only cost memory.
const CITATIONS = [{ source: SOURCE_ID }];
const SUMMARY = 'Synthetic event';

// CAMEO roots by the score band they fit (cooperative codes for positive scores, conflict for negative).
const CODES_BY_BAND: readonly (readonly string[])[] = [
  ['18', '19', '20', '190', '195'], // <= -7
  ['13', '14', '15', '17', '163'], // -7 .. -4
  ['09', '10', '11', '12', '112'], // -4 .. 0
  ['01', '02', '04', '042', '043'], // 0 .. 3
  ['03', '05', '036', '051', '08'], // 3 .. 6
  ['06', '07', '057', '061', '072'], // >= 6
];

function cameoFor(score: number, pick: number): string {
  const band = score <= -7 ? 0 : score <= -4 ? 1 : score < 0 ? 2 : score < 3 ? 3 : score < 6 ? 4 : 5;
  const codes = CODES_BY_BAND[band];
  return codes[Math.floor(pick * codes.length)];
}

function actorKind(u: number): ActorKind {
  if (u < 0.85) return 'country';
  if (u < 0.93) return 'organization';
  if (u < 0.98) return 'leader';
  return 'group';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function syntheticDataset(options: SyntheticOptions): Dataset {
  const { seed, actors: n, pairs: m, events: e } = options;
  const fromYear = options.fromYear ?? 1950;
  const years = options.years ?? 70;
  const rand = seededRandom(seed);
  if (n < 2 && m > 0) throw new RangeError('pairs need at least two actors');
  if (m > (n * (n - 1)) / 2) throw new RangeError(`${n} actors have at most ${(n * (n - 1)) / 2} pairs`);
  if (e > 0 && m === 0) throw new RangeError('events need at least one pair');

  const start = parseDate(String(fromYear))!.start;
  const end = parseDate(String(fromYear + years - 1))!.end;
  const spanDays = end - start + 1;
  const yearOfDay = (day: number) => formatDay(day).slice(0, 4);
  const width = String(Math.max(n - 1, 1)).length;

  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    const kind = actorKind(rand());
    const actor: Actor = { id: `a${pad(i, width)}`, kind, labels: [{ label: `Actor ${i}` }], aliases: [] };
    // A fifth of the actors appear or vanish inside the span; a tenth are renamed once.
    if (rand() < 0.2) {
      const born = start + Math.floor(rand() * spanDays * 0.5);
      const died = rand() < 0.5 ? born + Math.floor(rand() * (end - born)) : undefined;
      actor.exists = { from: formatDay(born), ...(died !== undefined ? { to: formatDay(died) } : {}) };
    }
    if (rand() < 0.1) {
      const renamed = start + Math.floor(rand() * spanDays);
      actor.labels = [
        { label: `Actor ${i}`, to: formatDay(renamed - 1) },
        { label: `Actor ${i} (renamed)`, from: formatDay(renamed) },
      ];
    }
    actors.push(actor);
  }

  // Distinct pairs by rejection; fine while m is well under n^2 / 2, and exact when it is not.
  const pairA = new Int32Array(m);
  const pairB = new Int32Array(m);
  const taken = new Set<number>();
  const dense = m > (n * (n - 1)) / 4;
  if (dense) {
    const all: number[] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) all.push(a * n + b);
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [all[i], all[j]] = [all[j], all[i]];
    }
    all.slice(0, m).forEach((k, i) => {
      pairA[i] = Math.floor(k / n);
      pairB[i] = k % n;
    });
  } else {
    for (let i = 0; i < m;) {
      const a = Math.floor(rand() * n);
      const b = Math.floor(rand() * n);
      if (a === b) continue;
      const key = Math.min(a, b) * n + Math.max(a, b);
      if (taken.has(key)) continue;
      taken.add(key);
      pairA[i] = a;
      pairB[i] = b;
      i++;
    }
  }
  // Each pair's mood: a base tone, and a day at which it turns (alliances sour, enemies reconcile).
  const tone = new Float64Array(m);
  const turn = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    tone[i] = (rand() * 2 - 1) * 6;
    turn[i] = start + rand() * spanDays;
  }

  const dateCache = new Map<number, string>();
  const dateOf = (day: number, precision: number): string => {
    const key = day * 4 + precision;
    let s = dateCache.get(key);
    if (s === undefined) {
      const full = formatDay(day);
      s = precision === 0 ? full : precision === 1 ? full.slice(0, 7) : yearOfDay(day);
      dateCache.set(key, s);
    }
    return s;
  };
  const events: DatasetEvent[] = new Array(e);
  const eventWidth = String(Math.max(e - 1, 1)).length;
  for (let i = 0; i < e; i++) {
    // The first m events cover every pair once; the rest favour low-numbered pairs (a few busy dyads).
    const p = i < m ? i : Math.floor(m * rand() ** 2);
    const day = start + Math.floor(rand() * spanDays);
    const u = rand();
    const precision = u < 0.8 ? 0 : u < 0.95 ? 1 : 2;
    const mood = day < turn[p] ? tone[p] : -tone[p];
    const score = Math.round(Math.max(-10, Math.min(10, mood + (rand() * 2 - 1) * 4)) * 10) / 10;
    const forward = rand() < 0.5;
    events[i] = {
      id: `e${pad(i, eventWidth)}`,
      date: dateOf(day, precision),
      source: actors[forward ? pairA[p] : pairB[p]].id,
      target: actors[forward ? pairB[p] : pairA[p]].id,
      cameo: cameoFor(score, rand()),
      score,
      summary: SUMMARY,
      citations: CITATIONS,
    };
  }

  const ties = syntheticTies(actors, options.ties ?? Math.floor(n / 10), rand, start, spanDays);
  return {
    meta: {
      name: `Synthetic ${n} actors, ${m} pairs, ${e} events (seed ${seed})`,
      span: { from: String(fromYear), to: String(fromYear + years - 1) },
    },
    sources: [{ id: SOURCE_ID, title: `Synthetic data generated with seed ${seed}` }],
    actors,
    ties,
    events,
  };
}

function syntheticTies(
  actors: Actor[],
  count: number,
  rand: () => number,
  start: number,
  spanDays: number,
): Tie[] {
  const orgs = actors.filter((a) => a.kind === 'organization');
  const leaders = actors.filter((a) => a.kind === 'leader');
  const countries = actors.filter((a) => a.kind === 'country');
  const pickFrom = (list: Actor[]) => list[Math.floor(rand() * list.length)];
  const ties: Tie[] = [];
  for (let i = 0; ties.length < count && i < count * 4; i++) {
    const u = rand();
    const from = start + Math.floor(rand() * spanDays * 0.8);
    const to = from + Math.floor(rand() * (spanDays - (from - start)));
    const base = { id: `t${i}`, from: formatDay(from), to: formatDay(to), citations: CITATIONS };
    const source = pickFrom(
      u < 0.6 && orgs.length ? countries : u < 0.7 && leaders.length ? leaders : actors,
    );
    if (!source) continue;
    if (u < 0.6 && orgs.length) {
      const target = pickFrom(orgs);
      if (target !== source)
        ties.push({ ...base, type: 'membership', source: source.id, target: target.id, role: 'full' });
    } else if (u < 0.7 && leaders.length && countries.length) {
      ties.push({ ...base, type: 'leadership', source: source.id, target: pickFrom(countries).id });
    } else {
      const target = pickFrom(actors);
      if (target === source) continue;
      const type = u < 0.85 ? 'alliance' : u < 0.95 ? 'treaty' : 'war';
      ties.push({ ...base, type, source: source.id, target: target.id });
    }
  }
  return ties;
}
