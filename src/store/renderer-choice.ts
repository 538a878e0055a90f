/**
 * The user's renderer choice (canvas or WebGL) kept in localStorage, so a reload draws the graph the
 * way it was left. Storage can be missing or throw (private windows, blocked cookies): then the
 * choice simply lasts for the session.
 */
export const RENDERER_KEY = 'entente.renderer';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** True when WebGL was the last choice; anything else stored (or nothing) means canvas. */
export function readRendererChoice(): boolean {
  try {
    return storage()?.getItem(RENDERER_KEY) === 'webgl';
  } catch {
    return false;
  }
}

export function writeRendererChoice(webgl: boolean): void {
  try {
    storage()?.setItem(RENDERER_KEY, webgl ? 'webgl' : 'canvas');
  } catch {
    // Quota or privacy settings: the choice still holds for this session.
  }
}
