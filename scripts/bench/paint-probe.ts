/**
 * "Painted", as the eye sees it: the end of each task in which the graph's canvas was drawn on. An init
 * script (self-contained: Playwright serialises it) wraps the 2D context's drawing calls; the first call
 * in a task on a canvas inside `[data-graph-canvas]` or the app's graph pane queues a microtask, which
 * runs when that task's callback ends, and records the time with the number of nodes then in the graph.
 * The same probe runs in the app and in the floor page (plain Cytoscape), so their figures compare.
 * Key presses are stamped with their event time (the input's own timestamp), so key → painted is the
 * time from the input to the end of the first draw after it.
 */
// Plain JavaScript in a string: a function would be transpiled by tsx with helper calls (__name) that
// do not exist in the page.
export const PAINT_PROBE = {
  content: `(() => {
  const w = window;
  w.paints = [];
  w.keydowns = [];
  window.addEventListener('keydown', (e) => w.keydowns.push(e.timeStamp), true);
  let queued = false;
  const nodes = () => {
    const cy = (w.__entente && w.__entente.cy()) || w.floorCy;
    return cy ? cy.nodes().length : 0;
  };
  const note = (canvas) => {
    if (queued || !(canvas instanceof HTMLCanvasElement)) return;
    if (!canvas.closest('[data-testid="graph"], [data-graph-canvas]')) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      w.paints.push({ at: performance.now(), nodes: nodes() });
    });
  };
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fill', 'stroke', 'drawImage', 'fillText', 'fillRect']) {
    const original = proto[name];
    proto[name] = function (...args) {
      note(this.canvas);
      return original.apply(this, args);
    };
  }
})();`,
};

/** First paint with nodes drawn, in ms since navigation start (null: none). */
export const firstGraphPaint = () =>
  (window as unknown as { paints: { at: number; nodes: number }[] }).paints.find((p) => p.nodes > 0)?.at ??
  null;

/**
 * For each key press, ms from the input to the end of the first graph draw after it and before the
 * next press; presses followed by no draw before the next one (a step that changed nothing drawn, or
 * a draw later than the gap between presses) are left out: the caller reports how many counted.
 */
export const keyToPainted = () => {
  const w = window as unknown as { paints: { at: number }[]; keydowns: number[] };
  return w.keydowns.flatMap((k, i) => {
    const next = w.keydowns[i + 1] ?? Infinity;
    const p = w.paints.find((x) => x.at > k);
    return p && p.at < next ? [p.at - k] : [];
  });
};
