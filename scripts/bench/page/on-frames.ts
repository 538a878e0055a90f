/** A 10 s scrub at 60 frames a second: this many evenly spaced times over the span. */
export const STEPS = 600;

/** The day of step f (1..STEPS) over a span. */
export const stepDay = (span: { start: number; end: number }, f: number) =>
  span.start + ((span.end - span.start) * f) / STEPS;

export interface DrawnRun {
  frameGapMs: number[];
  longTasks: number[];
}

/**
 * Runs step(1), step(2) ... one per animation frame, so every step is also drawn, until STEPS steps or
 * `seconds` have passed; records the gaps between frames and the long tasks meanwhile.
 */
export function stepOnFrames(seconds: number, step: (f: number) => void): Promise<DrawnRun> {
  const run: DrawnRun = { frameGapMs: [], longTasks: [] };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) run.longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return new Promise((done) => {
    let began = -1;
    let last = -1;
    let f = 0;
    const frame = (now: number) => {
      if (began < 0) began = now;
      if (last >= 0) run.frameGapMs.push(now - last);
      last = now;
      if (now - began > seconds * 1000 || f >= STEPS) {
        // Let the last render and any pending long-task entries land before reporting.
        setTimeout(() => {
          observer.disconnect();
          done(run);
        }, 300);
        return;
      }
      step(++f);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
