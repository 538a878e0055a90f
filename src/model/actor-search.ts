import { type DatasetIndex, labelAt } from './time/dataset-index';
import type { ActorKind } from './types';

export interface ActorMatch {
  id: string;
  kind: ActorKind;
  /** The actor's label at the time searched. */
  label: string;
  /** The label or alias that matched, when it is not the label shown. */
  via?: string;
}

/** Lower case without accents, so "sovet" finds nothing but "soviet" finds "Soviet Union" and "Ṣoviet". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function rank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(/[\s\-–(),.]+/).some((word) => word.startsWith(query))) return 2;
  if (name.includes(query)) return 3;
  return -1;
}

/**
 * Actors whose labels (at any time) or aliases match the query, best first: whole name, then prefix,
 * then word prefix, then anywhere; ties keep the dataset's order.
 */
export function searchActors(index: DatasetIndex, query: string, day: number, limit = 8): ActorMatch[] {
  const q = foldText(query);
  if (!q) return [];
  const found: { match: ActorMatch; rank: number; order: number }[] = [];
  index.actorOrder.forEach((id, order) => {
    const entry = index.actors.get(id)!;
    const label = labelAt(entry, day);
    const names = [label, ...entry.labels.map((l) => l.label), ...entry.actor.aliases];
    let best: { rank: number; name: string } | null = null;
    for (const name of names) {
      const r = rank(foldText(name), q);
      if (r >= 0 && (!best || r < best.rank)) best = { rank: r, name };
    }
    if (!best) return;
    const match: ActorMatch = { id, kind: entry.actor.kind, label };
    if (best.name !== label) match.via = best.name;
    found.push({ match, rank: best.rank, order });
  });
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((f) => f.match);
}
