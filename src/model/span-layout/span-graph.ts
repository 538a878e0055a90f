import { tieSign } from '../time/standing';
import type { DatasetIndex } from '../time/dataset-index';
import type { ActorKind } from '../types';

/** ForceAtlas2 iterations of a span layout: enough to settle 5,000 actors from the spiral start. */
export const DEFAULT_ITERATIONS = 300;

/** How a link pulls: friends and allies close, rivals apart, members next to their organisation. */
export const LINK_FRIEND = 0;
export const LINK_RIVAL = 1;
export const LINK_MEMBER = 2;

/**
 * The whole span's graph in flat arrays, so it crosses to a worker as transferred buffers: every actor
 * that ever exists, every pair that ever has events (friend or rival by its net score) and every tie.
 */
export interface SpanGraph {
  ids: string[];
  kinds: ActorKind[];
  source: Int32Array;
  target: Int32Array;
  /** LINK_FRIEND, LINK_RIVAL or LINK_MEMBER per link. */
  type: Uint8Array;
  /** 0..1: how much the pair talks, relative to the busiest pair (ties count as 1). */
  weight: Float32Array;
}

export function spanGraph(index: DatasetIndex): SpanGraph {
  const ids = index.actorOrder;
  const slot = new Map(ids.map((id, i) => [id, i]));
  const kinds = ids.map((id) => index.actors.get(id)!.actor.kind);
  const links: [number, number, number, number][] = [];
  let busiest = 1;
  for (const p of index.pairs) busiest = Math.max(busiest, p.days.length);
  for (const p of index.pairs) {
    const a = slot.get(p.a);
    const b = slot.get(p.b);
    if (a === undefined || b === undefined || a === b) continue;
    const net = p.preN[p.preN.length - 1];
    const weight = Math.sqrt(p.days.length / busiest);
    links.push([a, b, net >= 0 ? LINK_FRIEND : LINK_RIVAL, weight]);
  }
  for (const { tie } of index.ties) {
    const a = slot.get(tie.source);
    const b = slot.get(tie.target);
    if (a === undefined || b === undefined || a === b) continue;
    const member = tie.type === 'membership' || tie.type === 'leadership';
    const type = member ? LINK_MEMBER : tieSign(tie.type) < 0 ? LINK_RIVAL : LINK_FRIEND;
    links.push([a, b, type, 1]);
  }
  return {
    ids: [...ids],
    kinds,
    source: Int32Array.from(links, (l) => l[0]),
    target: Int32Array.from(links, (l) => l[1]),
    type: Uint8Array.from(links, (l) => l[2]),
    weight: Float32Array.from(links, (l) => l[3]),
  };
}
