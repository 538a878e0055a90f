import { useEffect } from 'react';
import { addMonths } from '../../model';
import { useEntente, useEntenteStore } from '../../store';

/**
 * While playing, advances time by `speed` months per second of wall time, a whole month at a time;
 * the store stops playback at the end of the span. A window slides along with the time.
 */
export function usePlayback(): void {
  const store = useEntenteStore();
  const playing = useEntente((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let owed = 0;
    const tick = (now: number) => {
      const state = store.getState();
      if (!state.playing) return;
      owed += (Math.max(0, now - last) / 1000) * state.speed;
      last = now;
      const months = Math.floor(owed);
      if (months >= 1) {
        owed -= months;
        const { windowFrom, mode } = state;
        state.stepMonths(months);
        if (mode === 'window') state.setWindowFrom(addMonths(windowFrom, months));
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
