/** Cytoscape's code and what needs it at run time (runtime.ts), loaded once for the whole page. */
export type GraphRuntime = typeof import('./runtime');

let loaded: GraphRuntime | null = null;
let loading: Promise<GraphRuntime> | null = null;

/**
 * Starts loading the runtime (once). The page calls this before anything else, so by the time the
 * graph view mounts the runtime is usually in: the view then creates its cy in its first effects,
 * without a render spent waiting for a promise.
 */
export function loadGraphRuntime(): Promise<GraphRuntime> {
  loading ??= import('./runtime').then((runtime) => (loaded = runtime));
  return loading;
}

/** The runtime when it has loaded, else null. */
export const loadedGraphRuntime = (): GraphRuntime | null => loaded;
