import type { Highs } from 'highs';
import { trianglesOf } from './balance';
import {
  BRUTE_FORCE_LIMIT,
  bruteForceFrustration,
  frustrationResult,
  localSearchFrustration,
} from './frustration';
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

/**
 * The XOR binary program of Aref, Mason & Wilson for the weighted frustration index, in CPLEX LP text.
 * x_i in {0,1} is actor i's camp; f_k in {0,1} marks edge k frustrated. A positive edge is frustrated
 * when x_i != x_j: f_k >= x_i - x_j and f_k >= x_j - x_i. A negative edge when x_i = x_j:
 * f_k >= x_i + x_j - 1 and f_k >= 1 - x_i - x_j. Minimise the total weight of frustrated edges.
 * Swapping every camp gives the same cost, so the busiest actor is fixed to camp 0.
 */
export function frustrationLp(graph: SignedGraph, triangleCuts = true): string {
  const lines: string[] = ['Minimize', ' obj:'];
  const terms = graph.edges.map((e, k) => `${k === 0 ? '' : '+ '}${num(e.weight)} f${k}`);
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
  const adj = incidence(graph);
  let anchor = 0;
  adj.forEach((list, v) => {
    if (list.length > adj[anchor].length) anchor = v;
  });
  lines.push('Bounds', ` x${anchor} = 0`, 'Binary');
  const names = [...graph.ids.map((_, i) => `x${i}`), ...graph.edges.map((_, k) => `f${k}`)];
  for (let i = 0; i < names.length; i += 16) lines.push(`  ${names.slice(i, i + 16).join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

/** Solves the binary program with HiGHS (WebAssembly). Gaps are set to zero so "Optimal" means exact. */
export async function milpFrustration(
  graph: SignedGraph,
  options: ExactOptions = {},
): Promise<FrustrationResult> {
  const started = Date.now();
  if (graph.edges.length === 0)
    return frustrationResult(graph, new Uint8Array(graph.ids.length), 'milp', true, 0);
  const highs = await (options.loadHighs ?? loadDefaultHighs)();
  const result = highs.solve(frustrationLp(graph, options.triangleCuts ?? true), {
    output_flag: false,
    mip_rel_gap: 0,
    mip_abs_gap: 1e-9,
    ...(options.timeLimit ? { time_limit: options.timeLimit } : {}),
  });
  const side = new Uint8Array(graph.ids.length);
  const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
  const hasSolution = graph.ids.every((_, i) => typeof columns[`x${i}`]?.Primal === 'number');
  if (!hasSolution) {
    // No incumbent (e.g. time limit hit at once): fall back to the local-search split, marked not optimal.
    const fallback = localSearchFrustration(graph);
    return { ...fallback, method: 'milp', optimal: false, millis: Date.now() - started };
  }
  graph.ids.forEach((_, i) => {
    side[i] = (columns[`x${i}`]!.Primal ?? 0) > 0.5 ? 1 : 0;
  });
  // The value is recomputed from the split in exact arithmetic, not taken from the solver's objective.
  return frustrationResult(graph, side, 'milp', result.Status === 'Optimal', Date.now() - started);
}

/** Largest graph the exact method is offered for by default (the issue asks for up to ~60 actors). */
export const EXACT_ACTOR_LIMIT = 80;

/**
 * The exact weighted frustration index: brute force for tiny graphs (no WebAssembly needed), the
 * HiGHS binary program otherwise. Throws for graphs over `EXACT_ACTOR_LIMIT` actors.
 */
export async function exactFrustration(
  graph: SignedGraph,
  options: ExactOptions = {},
): Promise<FrustrationResult> {
  if (graph.ids.length <= Math.min(12, BRUTE_FORCE_LIMIT)) return bruteForceFrustration(graph);
  if (graph.ids.length > EXACT_ACTOR_LIMIT) {
    throw new RangeError(`exact frustration is offered up to ${EXACT_ACTOR_LIMIT} actors`);
  }
  return milpFrustration(graph, options);
}
