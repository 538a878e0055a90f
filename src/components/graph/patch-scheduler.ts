import type { Core } from 'cytoscape';

/** The two renderer hooks used here; both are on Cytoscape's base renderer (canvas and WebGL). */
interface RendererHooks {
  beforeRender?: (fn: (willDraw: boolean) => void, priority: number) => void;
  redraw?: () => void;
}

/**
 * Runs before Cytoscape's own element calculations (priority 300) and after its animations (400),
 * inside its animation-frame callback, so a patch made there is drawn in that same frame.
 */
const PATCH_PRIORITY = 350;

export interface PatchScheduler {
  /** Hooks into a new cy's render loop (a new renderer gets a new cy). */
  attach: (cy: Core) => void;
  /**
   * Asks for a patch. `coalesce` (time is moving: playing or scrubbing): the first request after a
   * draw patches at once and later ones wait for the next draw, which applies only the newest state;
   * otherwise (a single step) it patches now. `inFrame` false: the behaviour before issue 22 (moving
   * changes wait for requestAnimationFrame), kept for the bench's same-run comparison.
   */
  request: (coalesce: boolean, inFrame?: boolean) => void;
  /** Drops a waiting patch (cy destroyed). */
  cancel: () => void;
}

/**
 * Where graph patches run. A patch made in the input's own task, or inside Cytoscape's frame callback
 * before it draws, is on screen in that frame; one queued with requestAnimationFrame runs after
 * Cytoscape's callback (which queued itself a frame earlier) and so is drawn a frame late.
 */
export function createPatchScheduler(patch: () => void): PatchScheduler {
  let renderer: RendererHooks | null = null;
  let waiting = false;
  let patchedSinceDraw = false;
  let fallbackFrame = 0;

  const dropFallback = () => {
    if (fallbackFrame) cancelAnimationFrame(fallbackFrame);
    fallbackFrame = 0;
  };
  const runWaiting = () => {
    if (!waiting) return;
    waiting = false;
    patch();
  };

  return {
    attach: (cy) => {
      const r = (cy as unknown as { renderer?: () => RendererHooks | null }).renderer?.() ?? null;
      renderer = r && typeof r.beforeRender === 'function' && typeof r.redraw === 'function' ? r : null;
      renderer?.beforeRender?.(() => {
        runWaiting();
        patchedSinceDraw = false;
      }, PATCH_PRIORITY);
    },
    request: (coalesce, inFrame = true) => {
      const hooked = inFrame ? renderer : null;
      if (!coalesce || (hooked && !patchedSinceDraw)) {
        waiting = false;
        dropFallback();
        patchedSinceDraw = coalesce;
        patch();
        return;
      }
      if (waiting) return;
      waiting = true;
      // Makes Cytoscape draw on its next frame, so the hook above runs with a draw right after it.
      if (hooked) hooked.redraw?.();
      else
        fallbackFrame = requestAnimationFrame(() => {
          fallbackFrame = 0;
          runWaiting();
        });
    },
    cancel: () => {
      waiting = false;
      patchedSinceDraw = false;
      dropFallback();
    },
  };
}
