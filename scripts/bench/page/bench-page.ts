import cytoscape, { type Core } from 'cytoscape';
import { indexDataset, type DatasetIndex } from '../../../src/model/time/dataset-index';
import { snapshotAt } from '../../../src/model/time/engine';
import { seededRandom, syntheticDataset } from '../../../src/model/synthetic';
import { stylesheet } from '../../../src/graph/stylesheet';
import { syncGraph } from '../../../src/graph/sync';
import { naiveSync } from './naive-sync';
import { indexDatasetOffThread } from '../../../src/workers/engine-client';
import { emptyPairState, stateAt, type PairState } from '../../../src/model/time/pair-state';
import { syncGraphFrame } from '../../../src/graph/frame-sync';
import { DEFAULT_FILTERS } from '../../../src/store/filter-slice';
import { STEPS, stepDay, stepOnFrames } from './on-frames';

export type Adapter = 'frame' | 'diff' | 'naive';

/**
 * A page the benchmark drives through `window.ententeBench`: it builds a synthetic graph, scrubs it
 * for a fixed time on animation frames with either adapter, and exports a PNG. It only measures.
 */
export interface ScrubResult {
  adapter: Adapter;
  frames: number;
  stepMs: number[];
  snapshotMs: number[];
  syncMs: number[];
  frameGapMs: number[];
  touched: number[];
  edges: number[];
  longTasks: number[];
}

let cy: Core | null = null;
let index: DatasetIndex | null = null;
let graphPositions: Map<string, { x: number; y: number }> = new Map();
let buffers: PairState | null = null;

function setup(options: {
  actors: number;
  pairs: number;
  events: number;
  webgl?: boolean;
  /** Extra style rules appended to the app's stylesheet, to try a rendering idea. */
  extraStyle?: { selector: string; style: Record<string, unknown> }[];
}) {
  const t0 = performance.now();
  const dataset = syntheticDataset({ seed: 2026, ...options });
  index = indexDataset(dataset);
  buffers = emptyPairState(index);
  const t1 = performance.now();
  const rand = seededRandom(5);
  const side = Math.sqrt(options.actors) * 60;
  const positions = new Map(index.actorOrder.map((id) => [id, { x: rand() * side, y: rand() * side }]));
  cy?.destroy();
  cy = cytoscape({
    container: document.getElementById('graph'),
    style: [
      ...(stylesheet('light', { dashes: !options.webgl }) as unknown as {
        selector: string;
        style: object;
      }[]),
      ...(options.extraStyle ?? []),
    ] as unknown as cytoscape.StylesheetJson,
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  graphPositions = positions;
  syncGraph(cy, snapshotAt(index, index.span.start), positions);
  // Actors born later are added (hidden) now, so the scrub only restyles and never lays out.
  cy.add(
    index.actorOrder
      .filter((id) => cy!.getElementById(id).empty())
      .map((id) => ({
        group: 'nodes' as const,
        data: { id, label: id, kind: 'country' },
        classes: 'absent',
        position: positions.get(id)!,
      })),
  );
  cy.fit(undefined, 20);
  return { generateAndIndexMs: t1 - t0, nodes: cy.nodes().length, pairs: index.pairs.length };
}

function reset(adapter: Adapter) {
  if (!cy || !index) throw new Error('setup first');
  const first = snapshotAt(index, index.span.start);
  if (adapter === 'frame')
    syncGraphFrame(
      cy,
      index,
      stateAt(index, index.span.start, undefined, buffers!),
      DEFAULT_FILTERS,
      graphPositions,
    );
  else if (adapter === 'naive') naiveSync(cy, first);
  else syncGraph(cy, first, graphPositions);
}

function step(adapter: Adapter, t: number, result: ScrubResult) {
  if (adapter === 'frame') return frameStep(t, result);
  const s0 = performance.now();
  const snapshot = snapshotAt(index!, t);
  const s1 = performance.now();
  let touched: number;
  if (adapter === 'naive') touched = naiveSync(cy!, snapshot);
  else {
    const stats = syncGraph(cy!, snapshot, graphPositions);
    touched = stats.added + stats.removed + stats.restyled;
  }
  record(result, s0, s1, performance.now(), touched, snapshot.edges.length);
}

/** What the app does on a time change: the typed-array state, then the frame adapter. */
function frameStep(t: number, result: ScrubResult) {
  const s0 = performance.now();
  const state = stateAt(index!, t, undefined, buffers!);
  const s1 = performance.now();
  const stats = syncGraphFrame(cy!, index!, state, DEFAULT_FILTERS, graphPositions);
  const s2 = performance.now();
  record(result, s0, s1, s2, stats.added + stats.removed + stats.restyled, state.edges);
}

function record(result: ScrubResult, s0: number, s1: number, s2: number, touched: number, edges: number) {
  result.frames++;
  result.snapshotMs.push(s1 - s0);
  result.syncMs.push(s2 - s1);
  result.stepMs.push(s2 - s0);
  result.touched.push(touched);
  result.edges.push(edges);
}

function emptyResult(adapter: Adapter): ScrubResult {
  return {
    adapter,
    frames: 0,
    stepMs: [],
    snapshotMs: [],
    syncMs: [],
    frameGapMs: [],
    touched: [],
    edges: [],
    longTasks: [],
  };
}

/**
 * A 10 s scrub at 60 frames a second is 600 evenly spaced times. Here they run back to back, so only
 * the JS work of a step is timed (snapshot, diff, Cytoscape's style update); drawing is timed by scrub().
 */
function steps(adapter: Adapter): ScrubResult {
  reset(adapter);
  const result = emptyResult(adapter);
  for (let f = 1; f <= STEPS; f++) step(adapter, stepDay(index!.span, f), result);
  return result;
}

/**
 * The same 600 times driven by animation frames, so every step is also drawn: frame gaps and long
 * tasks include Cytoscape's rendering. Stops after `seconds` even if the scrub has not finished.
 */
async function scrub(adapter: Adapter, seconds: number): Promise<ScrubResult> {
  reset(adapter);
  const result = emptyResult(adapter);
  const run = await stepOnFrames(seconds, (f) => step(adapter, stepDay(index!.span, f), result));
  return { ...result, ...run };
}

/** PNG of exactly width x height: the container is resized so that scale x container = the target. */
async function png(width: number, height: number) {
  if (!cy) throw new Error('setup first');
  const container = document.getElementById('graph')!;
  const scale = 3;
  container.style.width = `${width / scale}px`;
  container.style.height = `${height / scale}px`;
  cy.resize();
  cy.fit(undefined, 20);
  const s = performance.now();
  const blob = cy.png({ output: 'blob', scale, full: false, bg: '#ffffff' }) as unknown as Blob;
  const ms = performance.now() - s;
  const bitmap = await createImageBitmap(blob);
  return { ms, bytes: blob.size, width: bitmap.width, height: bitmap.height };
}

/** Indexing in this thread vs in the engine worker: wall time, the longest main-thread task, same result. */
async function offThread(options: { actors: number; pairs: number; events: number }) {
  const dataset = syntheticDataset({ seed: 2026, ...options });
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  const t0 = performance.now();
  const here = indexDataset(dataset);
  const inThreadMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  observer.observe({ type: 'longtask' });
  const t1 = performance.now();
  const off = await indexDatasetOffThread(dataset);
  const offThreadMs = performance.now() - t1;
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  const mid = (here.span.start + here.span.end) / 2;
  const same = JSON.stringify(snapshotAt(off, mid)) === JSON.stringify(snapshotAt(here, mid));
  return { events: options.events, inThreadMs, offThreadMs, longestTaskMs: Math.max(0, ...longTasks), same };
}

(window as unknown as { ententeBench: unknown }).ententeBench = { setup, steps, scrub, png, offThread };
document.title = 'ready';
