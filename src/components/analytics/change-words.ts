import type { RelationChange } from '../../model/analytics';

const KIND_TEXT: Record<RelationChange['kind'], string> = {
  appeared: 'began',
  vanished: 'ended',
  flipped: 'flipped sign',
  strengthened: 'strengthened',
  weakened: 'weakened',
};

/** The summary's words for each kind: "appeared" also covers a relation that was there but neutral. */
export const COUNT_TEXT: Record<RelationChange['kind'], string> = {
  appeared: 'turned friendly or hostile',
  vanished: 'turned neutral or ended',
  flipped: 'flipped sign',
  strengthened: 'strengthened',
  weakened: 'weakened',
};

/**
 * A change in words. The model calls a relation neutral at A and signed at B "appeared"; when the pair
 * had a relation at A (neutral), it "turned cooperative", not "appeared" (and the reverse for "vanished").
 */
export function changeText(change: Pick<RelationChange, 'kind' | 'before' | 'after'>): string {
  const word = (s: RelationChange['after']) => (s && s.sign < 0 ? 'hostile' : 'cooperative');
  if (change.kind === 'appeared') return change.before ? `turned ${word(change.after)}` : 'began';
  if (change.kind === 'vanished') return change.after ? 'turned neutral' : 'ended';
  return KIND_TEXT[change.kind];
}

/** The graph key's short words (it sits over the graph); the long ones are its tooltips. */
export const KEY_TEXT: Record<RelationChange['kind'], string> = {
  appeared: 'began',
  vanished: 'ended',
  flipped: 'flipped',
  strengthened: 'stronger',
  weakened: 'weaker',
};
