import { useRef } from 'react';

/** A horizontal move of at least this many pixels, more sideways than up or down, is a swipe. */
export const SWIPE_PX = 48;

/**
 * Pointer handlers that call `onSwipe(-1)` for a swipe to the left (the next page slides in from the
 * right) and `onSwipe(1)` for one to the right. Pointer events cover touch, pen and mouse alike; a
 * vertical move is left to the card's own scrolling.
 */
export function useSwipe(onSwipe: (direction: -1 | 1) => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown: (e: React.PointerEvent) => {
      start.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
    },
    onPointerUp: (e: React.PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== e.pointerId) return;
      const dx = e.clientX - from.x;
      const dy = e.clientY - from.y;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) onSwipe(dx < 0 ? -1 : 1);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
