import { MAX_ACTORS, MAX_EVENTS, MAX_PAIRS } from './limits';
import { issue, type ImportIssue } from './types';
import { formatCount } from '../format-count';

export interface Counts {
  actors: number;
  events: number;
  pairs: number;
}

const LIMITS: Record<keyof Counts, [number, string]> = {
  events: [MAX_EVENTS, 'MAX_EVENTS'],
  actors: [MAX_ACTORS, 'MAX_ACTORS'],
  pairs: [MAX_PAIRS, 'MAX_PAIRS'],
};

const WORDS: Record<keyof Counts, string> = {
  events: 'events',
  actors: 'actors',
  pairs: 'actor pairs with events',
};

/** The first count over its limit, as an error naming the limit; null when all fit. */
export function countProblem(counts: Counts, file: string): ImportIssue | null {
  for (const what of ['events', 'actors', 'pairs'] as const) {
    const [limit, name] = LIMITS[what];
    if (counts[what] <= limit) continue;
    const n = (v: number) => formatCount(v);
    return issue(file, `the dataset has ${n(counts[what])} ${WORDS[what]}; the limit is ${n(limit)}`, {
      expected: `at most ${n(limit)} ${WORDS[what]} (${name}): filter the events to a region or period, or aggregate them first`,
    });
  }
  return null;
}

/** Distinct unordered pairs of the events (those with two string ends). */
export function pairCount(events: readonly { source?: unknown; target?: unknown }[]): number {
  const pairs = new Set<string>();
  for (const e of events) {
    if (typeof e.source !== 'string' || typeof e.target !== 'string') continue;
    pairs.add(e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`);
  }
  return pairs.size;
}

/** Counts of a parsed but unvalidated JSON dataset, checked before the (costly) validation. */
export function jsonCounts(value: unknown): Counts {
  const v = (value && typeof value === 'object' ? value : {}) as { actors?: unknown; events?: unknown };
  const events = Array.isArray(v.events) ? (v.events as { source?: unknown; target?: unknown }[]) : [];
  const actors = Array.isArray(v.actors) ? v.actors.length : 0;
  return {
    actors,
    events: events.length,
    pairs:
      events.length > MAX_EVENTS ? 0 : pairCount(events.map((e) => (e && typeof e === 'object' ? e : {}))),
  };
}
