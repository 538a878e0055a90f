import { graphHandle } from '../../../src/components/graph/GraphView';
import { graphTuning } from '../../../src/components/graph/graph-lod';
import { type Dataset, loadDatasetText } from '../../../src/model';
import { syntheticDataset } from '../../../src/model/synthetic';
import { withSpiralPositions } from './quick-place';
import { type EntenteStore, GROUP_BY_DEFAULT_THRESHOLD, selectLooks } from '../../../src/store';
import { peakActorsPresent } from '../../../src/model/time/peak-present';
import { mountApp } from './mount-app';
import bundledUrl from '../../../data/entente.json?url';

/**
 * The real app playing, as a user starts it with the play button: frame gaps and long tasks over
 * `seconds` of playback, with the level of detail on (the app as it ships) or with the behaviour before
 * it (`baseline`: level of detail off, fade always on, every pair checked and patched on every change).
 */
export interface PlayResult {
  actors: number;
  relationsAtRest: number;
  drawnAtRest: number;
  /** Relation edges in cy, sampled on each frame while playing. */
  drawnWhilePlaying: number[];
  /** The status line's level-of-detail note, seen mid-play ('' when none). */
  statusWhilePlaying: string;
  /** Relation edges in cy after stopping and settling (the full graph should be back). */
  drawnAfterStop: number;
  relationsAfterStop: number;
  frameGapMs: number[];
  longTasks: number[];
}

type Store = EntenteStore;
let store: Store | null = null;

async function seedDataset(): Promise<Dataset> {
  const result = loadDatasetText(await (await fetch(bundledUrl)).text(), 'data/entente.json');
  if (!result.ok) throw new Error('bundled dataset invalid');
  return result.dataset;
}

const relationEdges = () => graphHandle.cy?.edges('[kind = "relation"]').length ?? 0;

export interface SetupOptions {
  actors: number;
  pairs: number;
  events: number;
  /** The behaviour before issue 14 (see graphTuning); implies the two below. */
  baseline: boolean;
  /** Issue 22's comparison: patches on the next animation frame, a frame late (as before it). */
  rafPatch?: boolean;
  /** Issue 22's comparison: a large set opens in the level-of-detail view, not grouped (as before it). */
  ungrouped?: boolean;
}

async function setup(o: SetupOptions) {
  graphTuning.changeList = !o.baseline;
  graphTuning.onePatchPerFrame = !o.baseline;
  graphTuning.fadeWhileMoving = o.baseline;
  graphTuning.largeGraphStyle = !o.baseline;
  graphTuning.patchInInputFrame = !o.baseline && !o.rafPatch;
  const dataset =
    o.actors === 0 ? await seedDataset() : withSpiralPositions(syntheticDataset({ seed: 2026, ...o }));
  store = mountApp(dataset);
  // Before the first render's effects: the default grouping counts as decided (and declined).
  if (o.baseline || o.ungrouped) store.setState({ defaultGroupingFor: dataset });
  store.getState().setLevelOfDetail(!o.baseline);
  await until(() => (graphHandle.cy?.nodes().length ?? 0) > 0);
  // As the app ships, a large set opens grouped once its communities are found (in a worker).
  if (!o.baseline && !o.ungrouped && peakActorsPresent(store.getState().index) > GROUP_BY_DEFAULT_THRESHOLD)
    await until(() => store!.getState().grouped);
  return { actors: store.getState().index.actorOrder.length, grouped: store.getState().grouped };
}

function until(ok: () => boolean, timeoutMs = 120_000): Promise<void> {
  const began = performance.now();
  return new Promise((done, fail) => {
    const poll = () => {
      if (ok()) done();
      else if (performance.now() - began > timeoutMs) fail(new Error('timed out'));
      else setTimeout(poll, 50);
    };
    poll();
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function play(seconds: number, fraction = 0.35): Promise<PlayResult> {
  const s = store!.getState();
  const { start, end } = s.index.span;
  // Start a third of the way in, where most relations exist; 24 months a second, the fastest speed.
  s.setTime(Math.round(start + (end - start) * fraction));
  await pause(1000);
  const atRest = selectLooks(store!.getState());
  const result: PlayResult = {
    actors: s.index.actorOrder.length,
    relationsAtRest: atRest.relations,
    drawnAtRest: relationEdges(),
    drawnWhilePlaying: [],
    statusWhilePlaying: '',
    drawnAfterStop: 0,
    relationsAfterStop: 0,
    frameGapMs: [],
    longTasks: [],
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) result.longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  s.setSpeed(24);
  s.setPlaying(true);
  const began = performance.now();
  await new Promise<void>((done) => {
    let last = -1;
    const frame = (now: number) => {
      if (last >= 0) result.frameGapMs.push(now - last);
      last = now;
      result.drawnWhilePlaying.push(relationEdges());
      if (!result.statusWhilePlaying && now - began > (seconds * 1000) / 2)
        result.statusWhilePlaying =
          document.querySelector('[data-testid="status-lod"], [data-testid="status-communities"]')
            ?.textContent ?? '-';
      if (now - began > seconds * 1000 || !store!.getState().playing) return done();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  store!.getState().setPlaying(false);
  await pause(300);
  observer.disconnect();
  await until(() => !store!.getState().moving);
  await pause(500);
  result.drawnAfterStop = relationEdges();
  result.relationsAfterStop = selectLooks(store!.getState()).relations;
  return result;
}

(window as unknown as { ententePlayBench: unknown }).ententePlayBench = { setup, play };
document.title = 'ready';
