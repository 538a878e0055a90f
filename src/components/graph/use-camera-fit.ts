import { useEffect } from 'react';
import { aliveBox } from '../../graph/positions';
import { useEntente } from '../../store';
import { viewportFor } from './graph-frame';
import { LEGEND_RESERVE, type LayoutRefs } from './layout-refs';

/** Wait this long after the last time change: a drag on the slider or a run of key presses is one move. */
const SETTLE_MS = 450;
/** One or two actors alone should not fill the screen. */
const MAX_FIT_ZOOM = 1.6;

/**
 * Frames the actors present at the viewed date with a smooth camera move once time comes to rest
 * (playback stopped, a jump, the end of a slider drag), never on every frame. Positions never change;
 * only the camera does, and only until the user pans or zooms by hand (the Fit button re-enables it).
 */
export function useCameraFit(refs: LayoutRefs) {
  const time = useEntente((s) => s.time);
  const playing = useEntente((s) => s.playing);
  const laying = useEntente((s) => s.layoutStatus !== null);

  useEffect(() => {
    if (playing || laying) return;
    const timer = setTimeout(() => {
      const cy = refs.cy.current;
      if (!cy || !refs.autoFit.current) return;
      const box = aliveBox(cy);
      if (!box) return;
      const viewport = viewportFor(cy, box, 30, LEGEND_RESERVE, MAX_FIT_ZOOM);
      const close =
        Math.abs(viewport.zoom - cy.zoom()) / cy.zoom() < 0.04 &&
        Math.hypot(viewport.pan.x - cy.pan().x, viewport.pan.y - cy.pan().y) < 12;
      if (close) return;
      cy.stop();
      cy.animate(viewport, { duration: 400, easing: 'ease-in-out-cubic' });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [time, playing, laying, refs]);
}
