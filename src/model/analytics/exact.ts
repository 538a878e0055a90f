import type { Highs } from 'highs';
import { trianglesOf } from './balance';
import { branchBoundFrustration } from './branch-bound';
import { BRUTE_FORCE_LIMIT, bruteForceFrustration, frustrationResult } from './frustration';
import { localSearchFrustration } from './local-search';
import { incidence } from './signed-graph';
import type { FrustrationResult, SignedGraph } from './types';

/** Supplies a loaded HiGHS runtime; the browser passes one that knows where the .wasm is served. */
export type HighsLoader = () => Promise<Highs>;

let defaultRuntime: Promise<Highs> | null = null;

/** Node resolves highs.wasm beside the package's loader, so no locateFile is needed there. */
const loadDefaultHighs: HighsLoader = () =>
  (defaultRuntime ??= import('highs')
    .then((m) => m.default())
    .catch((err: unknown) => {
      defaultRuntime = null;
      throw err;
    }));

export interface ExactOptions {
  loadHighs?: HighsLoader;
  /** Seconds before HiGHS gives up; the result is then flagged as not optimal. */
  timeLimit?: number;
  /** Add "at least one frustrated edge per unbalanced triangle" cuts (valid inequalities). */
  triangleCuts?: boolean;
}

const MAX_TRIANGLE_CUTS = 5000;

const num = (w: number) => (Number.isFinite(w) ? Number(w.toPrecision(15)).toString() : '0');

function anchorOf(graph: SignedGraph): number {
  const adj = incidence(graph);
  let anchor = 0;
  adj.forEach((list, v) => {
    if (list.length > adj[anchor].length) anchor = v;
  });
  return anchor;
}

/**
 * The XOR binary program of Aref, Mason & Wilson for the weighted frustration index, in CPLEX LP text.
 * x_i in {0,1} is actor i's camp; f_k marks edge k frustrated. A positive edge is frustrated when
 * x_i != x_j: f_k >= x_i - x_j and f_k >= x_j - x_i. A negative edge when x_i = x_j:
 * f_k >= x_i + x_j - 1 and f_k >= 1 - x_i - x_j. Minimise the total weight of frustrated edges.
 * With binary x the minimum puts every f_k at 0 or 1, so f is declared continuous in [0, 1]: the same
 * program, with fewer integer columns for the branch-and-bound. Swapping every camp gives the same
 * cost, so the busiest actor is fixed to camp 0. Columns are listed x first, then f (zero objective
 * terms fix that order), so a warm start can be passed by position.
 */
export function frustrationLp(graph: SignedGraph, triangleCuts = true): string {
  const lines: string[] = ['Minimize', ' obj:'];
  const terms = [
    ...graph.ids.map((_, i) => `${i === 0 ? '' : '+ '}0 x${i}`),
    ...graph.edges.map((e, k) => `+ ${num(e.weight)} f${k}`),
  ];
  for (let i = 0; i < terms.length; i += 8) lines.push(`  ${terms.slice(i, i + 8).join(' ')}`);
  lines.push('Subject To');
  graph.edges.forEach((e, k) => {
    if (e.sign > 0) {
      lines.push(` p${k}a: f${k} - x${e.a} + x${e.b} >= 0`, ` p${k}b: f${k} + x${e.a} - x${e.b} >= 0`);
    } else {
      lines.push(` n${k}a: f${k} - x${e.a} - x${e.b} >= -1`, ` n${k}b: f${k} + x${e.a} + x${e.b} >= 1`);
    }
  });
  if (triangleCuts) {
    // Valid inequalities: every unbalanced triangle has at least one frustrated edge.
    const edgeOf = new Map(graph.edges.map((e, k) => [`${graph.ids[e.a]}~${graph.ids[e.b]}`, k]));
    const key = (p: string, q: string) => edgeOf.get(`${p}~${q}`) ?? edgeOf.get(`${q}~${p}`)!;
    let cuts = 0;
    for (const t of trianglesOf(graph)) {
      if (t.balanced) continue;
      if (cuts++ >= MAX_TRIANGLE_CUTS) break;
      const [p, q, r] = t.ids;
      lines.push(` t${cuts}: f${key(p, q)} + f${key(q, r)} + f${key(p, r)} >= 1`);
    }
  }
  lines.push('Bounds', ` x${anchorOf(graph)} = 0`);
  graph.edges.forEach((_, k) => lines.push(` 0 <= f${k} <= 1`));
  lines.push('Binary');
  const names = graph.ids.map((_, i) => `x${i}`);
  for (let i = 0; i < names.length; i += 16) lines.push(`  ${names.slice(i, i + 16).join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

/**
 * Solves the binary program with HiGHS (WebAssembly), warm-started from the local-search split so
 * the branch-and-bound prunes from the first node. Gaps are zero, so "optimal" means exact.
 */
export async function milpFrustration(
  graph: SignedGraph,
  options: ExactOptions = {},
): Promise<FrustrationResult> {
  const started = Date.now();
  const n = graph.ids.length;
  if (graph.edges.length === 0) return frustrationResult(graph, new Uint8Array(n), 'milp', true, 0);
  const highs = await (options.loadHighs ?? loadDefaultHighs)();
  const bound = localSearchFrustration(graph);
  const anchor = anchorOf(graph);
  const flipAll = bound.camps[graph.ids[anchor]] === 'B';
  const start = graph.ids.map((id) => ((bound.camps[id] === 'B') !== flipAll ? 1 : 0));
  const startF = graph.edges.map((e) => ((start[e.a] === start[e.b]) !== e.sign > 0 ? 1 : 0));
  const model = highs.createModel({ format: 'lp', data: frustrationLp(graph, options.triangleCuts ?? true) });
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: 0,
      mip_abs_gap: 1e-9,
      ...(options.timeLimit ? { time_limit: options.timeLimit } : {}),
    });
    model.setSolution({ colValue: Float64Array.from([...start, ...startF]) });
    model.run();
    const status = model.getModelStatus();
    const values = model.getSolution().colValue;
    const side = new Uint8Array(n);
    for (let i = 0; i < n; i++) side[i] = values[i] > 0.5 ? 1 : 0;
    const optimal = status === highs.constants.modelStatus.optimal;
    const found = frustrationResult(graph, side, 'milp', optimal, Date.now() - started);
    // The value is recomputed from the split in exact arithmetic, not taken from the solver's objective;
    // if HiGHS stopped early with something worse than the bound, report the bound's split instead.
    if (!optimal && !(found.value < bound.value)) return { ...bound, method: 'milp', millis: found.millis };
    return found;
  } finally {
    model.dispose();
  }
}

/** Largest graph the exact method is offered for by default (the issue asks for up to ~60 actors). */
export const EXACT_ACTOR_LIMIT = 80;

/**
 * The exact weighted frustration index: brute force for tiny graphs (no WebAssembly needed), the
 * HiGHS binary program otherwise, and the built-in branch and bound if HiGHS cannot be loaded.
 * Throws for graphs over `EXACT_ACTOR_LIMIT` actors.
 */
export async function exactFrustration(
  graph: SignedGraph,
  options: ExactOptions = {},
): Promise<FrustrationResult> {
  if (graph.ids.length <= Math.min(12, BRUTE_FORCE_LIMIT)) return bruteForceFrustration(graph);
  if (graph.ids.length > EXACT_ACTOR_LIMIT) {
    throw new RangeError(`exact frustration is offered up to ${EXACT_ACTOR_LIMIT} actors`);
  }
  let highs: Highs;
  try {
    highs = await (options.loadHighs ?? loadDefaultHighs)();
  } catch {
    // No WebAssembly (blocked, or an old runtime): the slower search still proves optimality when it ends.
    return branchBoundFrustration(graph);
  }
  return milpFrustration(graph, { ...options, loadHighs: () => Promise.resolve(highs) });
}
