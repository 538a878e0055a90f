import type { DatasetIndex } from '../time/dataset-index';

/** Bumped when the layout algorithm or its settings change, so positions cached by an older one are ignored. */
export const LAYOUT_VERSION = 1;

/**
 * A short fingerprint of what the span layout depends on: every actor (id, kind), every tie (ends and
 * type) and every pair with its event count and net sign. Cached positions are stored under it, so an
 * edited or re-imported dataset with other actors or relations never reuses a stale layout.
 * FNV-1a over the parts, 2 x 32 bits so unrelated datasets practically never collide.
 */
export function layoutKey(index: DatasetIndex): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ LAYOUT_VERSION;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
  };
  feed(`v${LAYOUT_VERSION}`);
  for (const id of index.actorOrder) feed(`${id}\u0000${index.actors.get(id)!.actor.kind}`);
  for (const { tie } of index.ties) feed(`${tie.source}\u0000${tie.target}\u0000${tie.type}`);
  for (const p of index.pairs) {
    const net = p.preN[p.preN.length - 1];
    feed(`${p.key}\u0000${p.days.length}\u0000${net >= 0 ? '+' : '-'}`);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${index.actorOrder.length}-${hex(h1)}${hex(h2)}`;
}
