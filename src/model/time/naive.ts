import { tieEdge } from './standing';
import { type EventFacts, episodeShares, partsOf, subDay, toneWeight } from './episodes';
import { quadClass } from '../cameo';
import { DAYS_PER_YEAR, formatDay, parseDate } from '../dates';
import { pairKey } from './dataset-index';
import { signOf, toDay, weightOf, type SnapshotOptions, type TimeInput } from './engine';
import type { Actor, Dataset, EngineOptions, Snapshot, SnapshotEdge } from '../types';
import { DEFAULT_ENGINE_OPTIONS } from '../types';

/**
 * The snapshot computed the slow, obvious way: every event is parsed and weighed on every call, straight
 * from the definitions. It is the benchmark's baseline and the test oracle for the indexed engine; it is
 * not meant for the app.
 */
const OPEN_START = -1e9;
const OPEN_END = 1e9;

function bounds(from?: string, to?: string): { start: number; end: number } {
  return {
    start: from ? (parseDate(from)?.start ?? OPEN_START) : OPEN_START,
    end: to ? (parseDate(to)?.end ?? OPEN_END) : OPEN_END,
  };
}

function naiveLabel(actor: Actor, t: number): string {
  const spans = actor.labels.map((l) => ({ label: l.label, ...bounds(l.from, l.to) }));
  const hit = spans.find((s) => s.start <= t && t <= s.end);
  if (hit) return hit.label;
  let best: { label: string; end: number } | undefined;
  for (const s of spans) if (s.end < t && (!best || s.end > best.end)) best = s;
  return (best ?? spans[0]).label;
}

/**
 * Strongest friendly plus strongest hostile state in force; treaties void while a hostile state holds.
 * Stale once neither a dated event of the pair (lastEvent) nor a state's start lies within
 * staleAfterYears: then it halves every staleHalfLifeYears beyond that.
 */
function naiveBaseline(
  dataset: Dataset,
  key: string,
  t: number,
  lastEvent: number,
  opts: EngineOptions,
): { value: number; stale: boolean } {
  const active = dataset.ties
    .filter((tie) => {
      const span = bounds(tie.from, tie.to);
      return pairKey(tie.source, tie.target) === key && span.start <= t && t <= span.end;
    })
    .map((tie) => ({ type: tie.type, value: opts.standing[tie.type] ?? 0, start: bounds(tie.from).start }))
    .filter((v) => v.value !== 0);
  const hostile = active.some((v) => v.value < 0);
  const counted = active.filter((v) => !(hostile && v.type === 'treaty')).map((v) => v.value);
  const value = Math.max(0, ...counted) + Math.min(0, ...counted);
  const fresh = Math.max(lastEvent, ...active.map((v) => v.start));
  const over = t - fresh - opts.staleAfterYears * DAYS_PER_YEAR;
  if (value === 0 || over <= 0) return { value, stale: false };
  return { value: value * 2 ** (-over / (opts.staleHalfLifeYears * DAYS_PER_YEAR)), stale: true };
}

export function naiveSnapshotAt(
  dataset: Dataset,
  at: TimeInput,
  options: SnapshotOptions = {},
  engine: Partial<EngineOptions> = {},
): Snapshot {
  const opts = { ...DEFAULT_ENGINE_OPTIONS, ...engine };
  const lambda = Math.LN2 / (opts.halfLifeYears * DAYS_PER_YEAR);
  const t = toDay(at);
  const from = options.windowFrom === undefined ? undefined : toDay(options.windowFrom);
  const windowed = from !== undefined;
  const aliveIds = new Set<string>();
  const nodes = [];
  for (const actor of dataset.actors) {
    const life = bounds(actor.exists?.from, actor.exists?.to);
    const alive = windowed ? life.start <= t && from <= life.end : life.start <= t && t <= life.end;
    if (!alive) continue;
    aliveIds.add(actor.id);
    nodes.push({ id: actor.id, label: naiveLabel(actor, t), kind: actor.kind });
  }

  // Episode impulses: the one shared definition (episodes.ts), fed from the raw events of each pair.
  const byPair = new Map<string, number[]>();
  dataset.events.forEach((event, i) => {
    const key = pairKey(event.source, event.target);
    byPair.set(key, [...(byPair.get(key) ?? []), i]);
  });
  const citeSlots = new Map<string, number>();
  const episodeSlots = new Map<string, number>();
  const dateSlots = new Map<string, number>();
  const slot = (m: Map<string, number>, k: string) => m.get(k) ?? (m.set(k, m.size), m.size - 1);
  const edges: SnapshotEdge[] = [];
  for (const key of [...byPair.keys()].sort()) {
    const [a, b] = key.split('~');
    const members = byPair.get(key)!;
    const facts: EventFacts[] = members.map((i) => {
      const e = dataset.events[i];
      const d = parseDate(e.date)!;
      const line = e.citations.find((c) => c.line !== undefined);
      const quad = quadClass(e.cameo);
      return {
        start: d.start,
        mid: d.mid,
        end: d.end,
        parts: partsOf(d.precision),
        cite: line ? slot(citeSlots, `${line.source}#${line.line}`) : -1,
        date: slot(dateSlots, e.date),
        root: Number(e.cameo.slice(0, 2)),
        episode: e.episode === undefined ? -1 : slot(episodeSlots, e.episode),
        weight: toneWeight(
          quad === 'verbal-conflict' || quad === 'material-conflict' || e.score < 0,
          e.count ?? 1,
          opts.conflictWeight,
        ),
        score: e.score,
        order: i,
      };
    });
    const shares = episodeShares(facts, {
      remainder: opts.episodeRemainder,
      windowDays: opts.episodeWindowDays,
    });
    let w = 0;
    let n = 0;
    let count = 0;
    let points = 0;
    let lastEvent = -Infinity;
    facts.forEach((f, local) => {
      let begun = false;
      for (let k = 0; k < f.parts; k++) {
        const day = subDay(f.start, f.end, k, f.parts);
        if (day > t || (windowed && day < from)) continue;
        const factor = windowed ? 1 : Math.exp(-lambda * (t - day));
        w += (shares.dw[local] / f.parts) * factor;
        n += (shares.dn[local] / f.parts) * factor;
        points++;
        if (day > lastEvent) lastEvent = day;
        if (k === 0) begun = true;
      }
      if (begun) count++;
    });
    if (!aliveIds.has(a) || !aliveIds.has(b)) continue;
    const standing = windowed ? { value: 0, stale: false } : naiveBaseline(dataset, key, t, lastEvent, opts);
    const baseline = standing.value;
    if (points === 0 && baseline === 0) continue;
    if (!windowed && baseline === 0 && w < opts.minAbsScore) continue;
    const score = (n + opts.kappa * baseline) / (w + opts.kappa);
    const insufficient = baseline === 0 && w < opts.minEvidence;
    edges.push({
      id: `rel:${key}`,
      source: a,
      target: b,
      kind: 'relation',
      sign: insufficient ? 0 : signOf(score, opts),
      weight: weightOf(score, opts),
      score,
      events: count,
      evidence: w,
      confidence: w / (w + opts.kappa),
      ...(insufficient ? { insufficient } : {}),
      ...(standing.stale ? { stale: true } : {}),
    });
  }
  for (const tie of dataset.ties) {
    const span = bounds(tie.from, tie.to);
    const active = windowed ? span.start <= t && from <= span.end : span.start <= t && t <= span.end;
    if (!active || !aliveIds.has(tie.source) || !aliveIds.has(tie.target)) continue;
    edges.push(tieEdge(tie));
  }
  const snapshot: Snapshot = { at: formatDay(t), nodes, edges };
  if (windowed) snapshot.window = { from: formatDay(from), to: formatDay(t) };
  return snapshot;
}
