import { useEffect } from 'react';
import { dayAt, animationMs } from '../../model';
import { useEntente, useEntenteStore } from '../../store';

const reducedMotion = () =>
  typeof window.matchMedia !== 'function' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Plays the store's pending time glide: the slider slides to a chapter's date in well under two
 * seconds, or jumps there when the reader prefers reduced motion. Any other change of time while it
 * runs (a drag, a key, Play) wins, and the glide stops where it is.
 */
export function useTimeGlide(): void {
  const store = useEntenteStore();
  const glide = useEntente((s) => s.timeGlide);
  useEffect(() => {
    if (!glide) return;
    const s = store.getState();
    const land = () => {
      s.setTime(glide.time);
      if (glide.windowFrom !== undefined) s.setWindowFrom(glide.windowFrom);
      s.endGlide(glide.seq);
    };
    if (reducedMotion() || typeof requestAnimationFrame !== 'function') return land();
    const fromTime = s.time;
    const fromWindow = s.windowFrom;
    const ms = animationMs(fromTime, glide.time);
    let start = -1;
    let expected = fromTime;
    let frame = 0;
    const tick = (now: number) => {
      const state = store.getState();
      if (state.timeGlide?.seq !== glide.seq) return;
      if (state.time !== expected) return state.endGlide(glide.seq);
      if (start < 0) start = now;
      const elapsed = now - start;
      state.setTime(dayAt(fromTime, glide.time, elapsed, ms));
      if (glide.windowFrom !== undefined)
        state.setWindowFrom(dayAt(fromWindow, glide.windowFrom, elapsed, ms));
      expected = store.getState().time;
      if (elapsed >= ms) return state.endGlide(glide.seq);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [glide, store]);
}
