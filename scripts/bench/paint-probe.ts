/**
 * "Painted", as the eye sees it: the end of each task in which the graph's canvas was drawn on. An init
 * script (self-contained: Playwright serialises it) wraps the 2D context's drawing calls; the first call
 * in a task on a canvas inside `[data-graph-canvas]` or the app's graph pane queues a microtask, which
 * runs when that task's callback ends, and records the time with the number of nodes then in the graph.
 * The same probe runs in the app and in the floor page (plain Cytoscape), so their figures compare.
 * Key presses are stamped with their event time (the input's own timestamp), so key → painted is the
 * time from the input to the end of the first draw after it.
 */
export const PAINT_PROBE = () => {
  type Win = {
    paints: { at: number; nodes: number }[];
    keydowns: number[];
    __entente?: { cy: () => { nodes: () => { length: number } } | null };
    floorCy?: { nodes: () => { length: number } };
  };
  const w = window as unknown as Win;
  w.paints = [];
  w.keydowns = [];
  window.addEventListener('keydown', (e) => w.keydowns.push(e.timeStamp), true);
  let queued = false;
  const nodes = () => (w.__entente?.cy() ?? w.floorCy)?.nodes().length ?? 0;
  const note = (canvas: HTMLCanvasElement | OffscreenCanvas) => {
    if (queued || !(canvas instanceof HTMLCanvasElement)) return;
    if (!canvas.closest('[data-testid="graph"], [data-graph-canvas]')) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      w.paints.push({ at: performance.now(), nodes: nodes() });
    });
  };
  const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
  for (const name of ['fill', 'stroke', 'drawImage', 'fillText', 'fillRect']) {
    const original = proto[name] as (this: CanvasRenderingContext2D, ...a: unknown[]) => unknown;
    proto[name] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      note(this.canvas);
      return original.apply(this, args);
    };
  }
};

/** First paint with nodes drawn, in ms since navigation start (null: none). */
export const firstGraphPaint = () =>
  (window as unknown as { paints: { at: number; nodes: number }[] }).paints.find((p) => p.nodes > 0)?.at ??
  null;

/** For each key press, ms from the input to the end of the first graph draw after it. */
export const keyToPainted = () => {
  const w = window as unknown as { paints: { at: number }[]; keydowns: number[] };
  return w.keydowns.flatMap((k) => {
    const p = w.paints.find((x) => x.at > k);
    return p ? [p.at - k] : [];
  });
};
