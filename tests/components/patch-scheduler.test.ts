import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { createPatchScheduler } from '../../src/components/graph/patch-scheduler';

/** Cytoscape's render loop in small: each frame runs the beforeRender hooks, then draws if asked to. */
function fakeCy() {
  const hooks: (() => void)[] = [];
  const log: string[] = [];
  let requested = false;
  const renderer = {
    beforeRender: (fn: () => void) => hooks.push(fn),
    redraw: () => {
      requested = true;
    },
  };
  const cy = { renderer: () => renderer } as unknown as Core;
  const frame = () => {
    for (const hook of hooks) hook();
    if (requested) log.push('draw');
    requested = false;
  };
  return { cy, log, frame, requestDraw: renderer.redraw };
}

describe('graph patches land in the frame that draws them', () => {
  it('a single step (key, click, typed date) patches at once, so the next draw shows it', () => {
    const { cy, log, frame, requestDraw } = fakeCy();
    const patches = createPatchScheduler(() => {
      log.push('patch');
      requestDraw();
    });
    patches.attach(cy);
    patches.request(false);
    expect(log).toEqual(['patch']);
    frame();
    expect(log).toEqual(['patch', 'draw']);
  });

  it('while playing, the first change after a draw patches at once and later ones wait for the next frame', () => {
    const { cy, log, frame, requestDraw } = fakeCy();
    let state = 0;
    const patches = createPatchScheduler(() => {
      log.push(`patch ${state}`);
      requestDraw();
    });
    patches.attach(cy);
    state = 1;
    patches.request(true);
    state = 2;
    patches.request(true);
    state = 3;
    patches.request(true);
    expect(log).toEqual(['patch 1']);
    frame();
    // The waiting patch runs inside the frame, before its draw, with the newest state only.
    expect(log).toEqual(['patch 1', 'patch 3', 'draw']);
    state = 4;
    patches.request(true);
    frame();
    expect(log).toEqual(['patch 1', 'patch 3', 'draw', 'patch 4', 'draw']);
  });

  it('a waiting patch asks Cytoscape for a draw, so it is not left for a later frame', () => {
    const { cy, log, frame } = fakeCy();
    const patches = createPatchScheduler(() => log.push('patch'));
    patches.attach(cy);
    patches.request(true);
    patches.request(true);
    frame();
    expect(log).toEqual(['patch', 'patch', 'draw']);
  });

  it('without a renderer (headless) moving changes fall back to one patch per animation frame', () => {
    const queued: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => queued.push(fn));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const patch = vi.fn();
    const patches = createPatchScheduler(patch);
    patches.attach({ renderer: () => null } as unknown as Core);
    patches.request(true);
    patches.request(true);
    expect(patch).not.toHaveBeenCalled();
    queued.forEach((fn) => fn(0));
    expect(patch).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
