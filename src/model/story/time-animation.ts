/**
 * The short glide of the time slider when story mode moves to a chapter: long enough to see the
 * graph change on the way, short enough not to make anyone wait.
 */
export const MIN_ANIMATION_MS = 450;
export const MAX_ANIMATION_MS = 1600;

/** Duration grows with the distance (about 30 ms per year travelled), within the bounds above. */
export function animationMs(fromDay: number, toDay: number): number {
  const years = Math.abs(toDay - fromDay) / 365.25;
  return Math.round(Math.min(MAX_ANIMATION_MS, MIN_ANIMATION_MS + years * 30));
}

/** Ease in and out, so the start and the arrival are gentle. `t` is clamped to 0..1. */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** The whole day shown `elapsedMs` into a glide from `fromDay` to `toDay`; exactly `toDay` at the end. */
export function dayAt(fromDay: number, toDay: number, elapsedMs: number, durationMs: number): number {
  if (durationMs <= 0 || elapsedMs >= durationMs) return toDay;
  return Math.round(fromDay + (toDay - fromDay) * easeInOut(elapsedMs / durationMs));
}
