import type { EdgeExplanation } from './engine';

/**
 * The one-line reading of a stale baseline, e.g. "No recent evidence since 1962; resting on the 1954
 * alliance, its pull down to 41%." Undefined when the baseline is fresh.
 */
export function staleNote(explanation: Pick<EdgeExplanation, 'stale'>): string | undefined {
  const { stale } = explanation;
  if (!stale) return undefined;
  const tie = stale.restingOn;
  const what = tie.type.replace('-', ' ');
  const from = tie.from ? `${tie.from.slice(0, 4)} ` : '';
  const pull = Math.round(stale.factor * 100);
  return `No recent evidence since ${stale.since.slice(0, 4)}; resting on the ${from}${what}, its pull down to ${pull}%.`;
}
