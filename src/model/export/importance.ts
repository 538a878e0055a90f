import type { Snapshot } from '../types';

/**
 * The order in which a picture names actors, most important first: the relations in force at the
 * date and their strength, then ties; leaders after every other actor (their state usually carries the
 * story). Ids break ties, so the order never depends on the order of the input.
 */
export function labelOrder(snapshot: Snapshot): string[] {
  const score = new Map<string, number>(snapshot.nodes.map((n) => [n.id, 0]));
  const add = (id: string, v: number) => score.set(id, (score.get(id) ?? 0) + v);
  for (const e of snapshot.edges) {
    // A relation in force counts one plus its strength; a thin one (insufficient evidence) and a tie
    // count less than any relation in force, so they only order actors the relations left level.
    const v = e.kind !== 'relation' ? 0.25 : e.insufficient ? 0.1 : 1 + e.weight;
    add(e.source, v);
    add(e.target, v);
  }
  const leader = new Set(snapshot.nodes.filter((n) => n.kind === 'leader').map((n) => n.id));
  return snapshot.nodes
    .map((n) => n.id)
    .sort(
      (a, b) =>
        Number(leader.has(a)) - Number(leader.has(b)) ||
        score.get(b)! - score.get(a)! ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
}
