import { type DatasetIndex, type Span, inSpan, labelAt } from './time/dataset-index';
import type { Actor, Snapshot, SnapshotEdge, Tie } from './types';

export interface ProfileTie {
  tie: Tie;
  span: Span;
  /** The actor at the other end of the tie. */
  other: string;
  otherLabel: string;
  /** True when this actor is the tie's source (member, leader, first party). */
  outgoing: boolean;
  activeNow: boolean;
}

export interface ProfileRelation {
  edge: SnapshotEdge;
  other: string;
  otherLabel: string;
}

export interface ActorProfile {
  actor: Actor;
  label: string;
  exists: Span;
  aliveNow: boolean;
  ties: ProfileTie[];
  /** Cooperative relations now, strongest first. */
  friends: ProfileRelation[];
  /** Hostile relations now, strongest first. */
  rivals: ProfileRelation[];
}

/** What the inspector says about one actor at the snapshot's time; null for an unknown id. */
export function actorProfile(
  index: DatasetIndex,
  /** The snapshot at `day`, or just the actor's own edges in it (relationEdgesOf). */
  snapshot: Pick<Snapshot, 'edges'>,
  day: number,
  id: string,
  top = 5,
): ActorProfile | null {
  const entry = index.actors.get(id);
  if (!entry) return null;
  const labelOf = (other: string) => {
    const e = index.actors.get(other);
    return e ? labelAt(e, day) : other;
  };
  const ties: ProfileTie[] = index.ties
    .filter(({ tie }) => tie.source === id || tie.target === id)
    .map(({ tie, span }) => {
      const other = tie.source === id ? tie.target : tie.source;
      return {
        tie,
        span,
        other,
        otherLabel: labelOf(other),
        outgoing: tie.source === id,
        activeNow: inSpan(span, day),
      };
    })
    .sort((a, b) => a.span.start - b.span.start);
  const relations = snapshot.edges
    .filter((e) => e.kind === 'relation' && (e.source === id || e.target === id))
    .map((edge) => {
      const other = edge.source === id ? edge.target : edge.source;
      return { edge, other, otherLabel: labelOf(other) };
    });
  const friends = relations
    .filter((r) => r.edge.sign > 0)
    .sort((a, b) => b.edge.score - a.edge.score)
    .slice(0, top);
  const rivals = relations
    .filter((r) => r.edge.sign < 0)
    .sort((a, b) => a.edge.score - b.edge.score)
    .slice(0, top);
  return {
    actor: entry.actor,
    label: labelAt(entry, day),
    exists: entry.exists,
    aliveNow: inSpan(entry.exists, day),
    ties,
    friends,
    rivals,
  };
}
