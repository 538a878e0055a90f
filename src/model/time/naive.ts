import { tieEdge } from './standing';
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

  const sums = new Map<string, { a: string; b: string; score: number; count: number }>();
  for (const event of dataset.events) {
    const day = parseDate(event.date)!.mid;
    if (day > t || (windowed && day < from)) continue;
    const key = pairKey(event.source, event.target);
    const [a, b] = key.split('~');
    const entry = sums.get(key) ?? { a, b, score: 0, count: 0 };
    entry.score += windowed ? event.score : event.score * Math.exp(-lambda * (t - day));
    entry.count += 1;
    sums.set(key, entry);
  }
  if (!windowed) {
    for (const tie of dataset.ties) {
      const value = opts.standing[tie.type] ?? 0;
      const span = bounds(tie.from, tie.to);
      const entry = sums.get(pairKey(tie.source, tie.target));
      if (entry && value !== 0 && span.start <= t && t <= span.end) entry.score += value;
    }
  }
  const edges: SnapshotEdge[] = [];
  for (const key of [...sums.keys()].sort()) {
    const { a, b, score, count } = sums.get(key)!;
    if (!aliveIds.has(a) || !aliveIds.has(b)) continue;
    if (!windowed && Math.abs(score) < opts.minAbsScore) continue;
    edges.push({
      id: `rel:${key}`,
      source: a,
      target: b,
      kind: 'relation',
      sign: signOf(score, opts),
      weight: weightOf(score, opts),
      score,
      events: count,
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
