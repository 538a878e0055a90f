/**
 * User Timing marks for the steps of a page load that lead to the first graph: the bench prints
 * them beside the floor page's (scripts/bench/cold-bench.ts), and a browser's performance panel
 * shows them. Each is set once per page, at its first occurrence.
 */
export type StartupStep = 'main' | 'store-ready' | 'graph-created' | 'graph-drawn';

const done = new Set<StartupStep>();

/** `when`: asked only while the step is still unmarked (the graph asks whether anything was drawn). */
export function markStartup(step: StartupStep, when: () => boolean = () => true): void {
  if (done.has(step) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (!when()) return;
  done.add(step);
  performance.mark(`entente:${step}`);
}
