import type { Actor } from './types';

/** Labels longer than this are shortened on the canvas; the full name stays in the inspector and search. */
const MAX_GRAPH_LABEL = 20;

const ACRONYM = /^[A-Z][A-Z0-9.]{1,7}$/;

/**
 * The name drawn under a node: long organization names give way to their acronym ("OIC"), long
 * personal names to the surname, so the dense centre of the graph stays readable.
 */
export function graphLabel(actor: Actor, label: string): string {
  if (label.length <= MAX_GRAPH_LABEL) return label;
  if (actor.kind === 'organization' || actor.kind === 'group') {
    const acronym = actor.aliases.find((a) => ACRONYM.test(a));
    if (acronym) return acronym;
  }
  if (actor.kind === 'leader') {
    const words = label.split(/\s+/);
    return words[words.length - 1];
  }
  return label;
}
