import { flushSync } from 'react-dom';
import { graphHandle } from '../../../src/components/graph/GraphView';
import { syntheticDataset } from '../../../src/model/synthetic';
import { withSpiralPositions } from './quick-place';
import { mountApp } from './mount-app';
import { STEPS, stepDay, stepOnFrames } from './on-frames';

/**
 * The real app (every panel, the store, React, the graph adapter) on a synthetic dataset, so the bench
 * can time what one step of the time slider costs on the main thread, not only the adapter.
 */
export interface AppScrubResult {
  frames: number;
  /** flushSync(setTime): store, selectors, React render and effects, graph patch. */
  stepMs: number[];
  frameGapMs: number[];
  longTasks: number[];
  edges: number;
}

function mount(options: { actors: number; pairs: number; events: number }) {
  return mountApp(withSpiralPositions(syntheticDataset({ seed: 2026, ...options })));
}

let store: ReturnType<typeof mount> | null = null;

function setup(options: { actors: number; pairs: number; events: number }) {
  store = mount(options);
  return new Promise<{ edges: number }>((done) => {
    const wait = () => {
      const cy = graphHandle.cy;
      if (cy && cy.edges().length > 0) done({ edges: cy.edges().length });
      else setTimeout(wait, 50);
    };
    wait();
  });
}

/** 600 steps back to back: what each costs the main thread before anything is drawn. */
function steps(selectBusiest = false): AppScrubResult {
  const s = store!.getState();
  if (selectBusiest) {
    // The actor with the most relations, as someone following one country through the decades would.
    const degree = new Map<string, number>();
    for (const p of s.index.pairs) for (const id of [p.a, p.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const [id] = [...degree].sort((x, y) => y[1] - x[1])[0];
    flushSync(() => s.select({ type: 'node', id }));
  } else flushSync(() => s.select(null));
  const result: AppScrubResult = { frames: 0, stepMs: [], frameGapMs: [], longTasks: [], edges: 0 };
  for (let f = 1; f <= STEPS; f++) timedStep(stepDay(s.index.span, f), result);
  result.edges = graphHandle.cy?.edges().length ?? 0;
  return result;
}

/** The same steps on animation frames for `seconds`: frame gaps and long tasks, drawing included. */
async function scrub(seconds: number): Promise<AppScrubResult> {
  const { span } = store!.getState().index;
  store!.getState().setTime(span.start);
  const result: AppScrubResult = { frames: 0, stepMs: [], frameGapMs: [], longTasks: [], edges: 0 };
  const run = await stepOnFrames(seconds, (f) => timedStep(stepDay(span, f), result));
  return { ...result, ...run, edges: graphHandle.cy?.edges().length ?? 0 };
}

/** One move of the time slider, as the app handles it: store, selectors, React render and effects. */
function timedStep(day: number, result: AppScrubResult) {
  const t0 = performance.now();
  flushSync(() => store!.getState().setTime(Math.round(day)));
  result.stepMs.push(performance.now() - t0);
  result.frames++;
}

(window as unknown as { ententeAppBench: unknown }).ententeAppBench = { setup, steps, scrub };
document.title = 'ready';
