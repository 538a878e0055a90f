import type { Span } from './dataset-index';
import { DAYS_PER_YEAR } from '../dates';
import type { EngineOptions, Sign, SnapshotEdge, Tie, TieType } from '../types';

const HOSTILE_TIES: ReadonlySet<TieType> = new Set<TieType>([
  'war',
  'rivalry',
  'estrangement',
  'proxy-contest',
]);

/** Hostile tie types (war, rivalry, estrangement, proxy contest) draw and count as negative; every other tie as positive. */
export function tieSign(type: TieType): Sign {
  return HOSTILE_TIES.has(type) ? -1 : 1;
}

/** A tie drawn as a snapshot edge: weight 1, its sign as the score, its id, role and label kept. */
export function tieEdge(tie: Tie): SnapshotEdge {
  const sign = tieSign(tie.type);
  return {
    id: `tie:${tie.id}`,
    source: tie.source,
    target: tie.target,
    kind: tie.type,
    sign,
    weight: 1,
    score: sign,
    tie: tie.id,
    ...(tie.role ? { role: tie.role } : {}),
    ...(tie.label ? { label: tie.label } : {}),
  };
}

/** A lasting-state tie of a pair and the baseline it stands for while in force. */
export interface StandingEntry {
  tie: Tie;
  start: number;
  end: number;
  value: number;
}

/** Groups the ties that carry a standing baseline by actor pair key. */
export function standingByPair(
  ties: readonly { tie: Tie; span: Span }[],
  options: EngineOptions,
  keyOf: (a: string, b: string) => string,
): Map<string, StandingEntry[]> {
  const out = new Map<string, StandingEntry[]>();
  for (const { tie, span } of ties) {
    const value = options.standing[tie.type] ?? 0;
    if (value === 0) continue;
    const key = keyOf(tie.source, tie.target);
    const list = out.get(key) ?? [];
    list.push({ tie, start: span.start, end: span.end, value });
    out.set(key, list);
  }
  return out;
}

/** Whether a tie in force is words between standing rivals: a treaty while a hostile state holds. */
function voided(entry: StandingEntry, hostile: boolean): boolean {
  return hostile && entry.tie.type === 'treaty';
}

/**
 * The baseline b(t) of a pair: the strongest friendly lasting state in force plus the strongest hostile
 * one (states of one sign do not add up: an alliance and a treaty between the same two record one
 * friendship). A treaty or declaration between actors in a rivalry, war, estrangement or proxy contest
 * at the time carries no standing: it is words between standing rivals.
 */
export function baselineAt(entries: readonly StandingEntry[] | undefined, t: number): number {
  if (!entries) return 0;
  let hostile = false;
  for (const e of entries) if (e.start <= t && t <= e.end && e.value < 0) hostile = true;
  let best = 0;
  let worst = 0;
  for (const e of entries) {
    if (e.start > t || t > e.end || voided(e, hostile)) continue;
    if (e.value > best) best = e.value;
    if (e.value < worst) worst = e.value;
  }
  return best + worst;
}

/** The lasting states in force at t, each with whether it sets the baseline (and why not). */
export function standingInForce(
  entries: readonly StandingEntry[] | undefined,
  t: number,
): { entry: StandingEntry; counts: boolean; reason?: string }[] {
  const active = (entries ?? []).filter((e) => e.start <= t && t <= e.end);
  const hostile = active.some((e) => e.value < 0);
  const best = Math.max(0, ...active.filter((e) => !voided(e, hostile)).map((e) => e.value));
  const worst = Math.min(0, ...active.map((e) => e.value));
  let bestTaken = false;
  let worstTaken = false;
  return active.map((entry) => {
    if (voided(entry, hostile))
      return { entry, counts: false, reason: 'a treaty between standing rivals carries no standing' };
    if (entry.value > 0 && entry.value === best && !bestTaken) {
      bestTaken = true;
      return { entry, counts: true };
    }
    if (entry.value < 0 && entry.value === worst && !worstTaken) {
      worstTaken = true;
      return { entry, counts: true };
    }
    return { entry, counts: false, reason: 'a stronger state of the same sign sets the baseline' };
  });
}

/** How a baseline loses its pull once no fresh evidence stands behind it (EngineOptions.staleAfterYears). */
export interface StaleRule {
  /** Days without a dated event of the pair or a new lasting state before the baseline is stale. */
  afterDays: number;
  /** Decay rate per stale day: ln 2 / staleHalfLifeYears. */
  lambda: number;
}

export function staleRule(options: EngineOptions): StaleRule {
  return {
    afterDays: options.staleAfterYears * DAYS_PER_YEAR,
    lambda: Math.LN2 / (options.staleHalfLifeYears * DAYS_PER_YEAR),
  };
}

/**
 * The last fresh evidence behind a pair's baseline at t: its last dated event (lastEventDay, NaN for
 * none) or the start of the latest lasting state in force, whichever is later.
 */
export function freshSince(
  entries: readonly StandingEntry[] | undefined,
  t: number,
  lastEventDay: number,
): number {
  let since = Number.isNaN(lastEventDay) ? -Infinity : lastEventDay;
  if (entries) for (const e of entries) if (e.start <= t && t <= e.end && e.start > since) since = e.start;
  return since;
}

/**
 * The share of its baseline a lasting state still pulls with at t: 1 while fresh evidence is at most
 * `afterDays` old, then halving every stale half-life. A state nobody has acted on for a decade is a
 * presumption, not evidence, so it fades toward neutral instead of holding the pair for decades.
 */
export function staleFactor(rule: StaleRule, t: number, since: number): number {
  const over = t - since - rule.afterDays;
  return over > 0 ? Math.exp(-rule.lambda * over) : 1;
}
