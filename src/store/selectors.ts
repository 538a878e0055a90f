import {
  type DatasetIndex,
  type LookTracker,
  type PairState,
  type Snapshot,
  type SnapshotEdge,
  type VisibleSummary,
  emptyPairState,
  relationEdgesOf,
  snapshotAt,
  createLookTracker,
  stateAt,
  trackLooks,
} from '../model';
import { LOD_BUDGET } from './lod-slice';
import type { Filters } from './filter-slice';
import type { EntenteState } from './types';

/** Remembers the last result for the same inputs (compared by identity), like reselect's default. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => Object.is(a, lastArgs![i])))
      return last;
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}

/** The index the current category filter implies (the full one when every category is on). */
export const selectIndex = (s: EntenteState): DatasetIndex => s.viewIndex;

const snapshotFor = memoLast(
  (index: DatasetIndex, time: number, mode: EntenteState['mode'], windowFrom: number): Snapshot =>
    snapshotAt(index, time, mode === 'window' ? { windowFrom } : {}),
);

export const selectSnapshot = (s: EntenteState): Snapshot =>
  snapshotFor(selectIndex(s), s.time, s.mode, s.windowFrom);

function frameState(
  index: DatasetIndex,
  time: number,
  mode: EntenteState['mode'],
  windowFrom: number,
  into: PairState | undefined,
): { index: DatasetIndex; state: PairState } {
  const fits =
    into && into.shown.length === index.pairs.length && into.alive.length === index.actorOrder.length;
  const buffers = fits ? into : emptyPairState(index);
  const from = mode === 'window' ? Math.floor(windowFrom) : undefined;
  return { index, state: stateAt(index, Math.floor(time), from, buffers) };
}

export function applyFilters(snapshot: Snapshot, filters: Filters): Snapshot {
  const nodes = snapshot.nodes.filter((n) => filters.kinds[n.kind]);
  const visible = new Set(nodes.map((n) => n.id));
  const edges = snapshot.edges.filter((e) => {
    if (!visible.has(e.source) || !visible.has(e.target)) return false;
    if (e.kind !== 'relation') return filters.ties;
    if (e.sign > 0 && !filters.signs.positive) return false;
    if (e.sign < 0 && !filters.signs.negative) return false;
    if (e.sign === 0 && !filters.signs.neutral) return false;
    return e.weight >= filters.minWeight;
  });
  return { ...snapshot, nodes, edges };
}

const visibleFor = memoLast(applyFilters);

export const selectVisibleSnapshot = (s: EntenteState): Snapshot => visibleFor(selectSnapshot(s), s.filters);

let frameBuffers: PairState | undefined;

const frameFor = memoLast(
  (index: DatasetIndex, time: number, mode: EntenteState['mode'], windowFrom: number) => {
    const frame = frameState(index, time, mode, windowFrom, frameBuffers);
    frameBuffers = frame.state;
    return frame;
  },
);

/**
 * The state at the current time as typed arrays, computed once per time change and shared by the graph,
 * the status line and the inspector. The buffers are refilled on the next change: read, don't keep.
 */
export const selectFrame = (s: EntenteState): { index: DatasetIndex; state: PairState } =>
  frameFor(selectIndex(s), s.time, s.mode, s.windowFrom);

/** What the graph draws at the current frame and what the status line says about it. */
export interface FrameLooks {
  /** Shared, refilled on every frame: the graph adapter takes its change list. */
  tracker: LookTracker;
  summary: VisibleSummary;
  /** Visible relations, and how many of them are drawn after the level-of-detail cut. */
  relations: number;
  drawn: number;
}

const trackers = new WeakMap<DatasetIndex, LookTracker>();

const looksFor = memoLast(
  (frame: { index: DatasetIndex; state: PairState }, filters: Filters, budget: number): FrameLooks => {
    let tracker = trackers.get(frame.index);
    if (!tracker) {
      tracker = createLookTracker(frame.index);
      trackers.set(frame.index, tracker);
    }
    trackLooks(tracker, frame.state, filters, budget);
    const { summary } = tracker;
    return {
      tracker,
      summary,
      relations: summary.positive + summary.negative + summary.neutral,
      drawn: tracker.drawn,
    };
  },
);

/** How many relations the graph may draw now: all at rest, the strongest LOD_BUDGET while busy. */
export const selectRelationBudget = (s: EntenteState): number =>
  s.levelOfDetail && (s.moving || s.zoomedOut) && !s.showAllRelations ? LOD_BUDGET : Infinity;

/**
 * One pass per frame for the graph and the status line: each pair's look, the counts, and which pairs
 * changed (the graph patches only those).
 */
export const selectLooks = (s: EntenteState): FrameLooks =>
  looksFor(selectFrame(s), s.filters, selectRelationBudget(s));

/** What the graph shows, counted in the same pass that decides each edge's look. */
export const selectVisibleSummary = (s: EntenteState): VisibleSummary => selectLooks(s).summary;

const relationsFor = memoLast((frame: { index: DatasetIndex; state: PairState }, id: string) =>
  relationEdgesOf(frame.index, frame.state, id),
);

/** One actor's relation edges at the current time (the inspector's friends and rivals). */
export const selectActorRelations = (s: EntenteState, id: string): SnapshotEdge[] =>
  relationsFor(selectFrame(s), id);

const NO_HIGHLIGHT: string[] = [];

/** The actors the current story chapter names (the graph rings them); none outside the story. */
export const selectStoryHighlight = (s: EntenteState): string[] =>
  s.storyChapter === null ? NO_HIGHLIGHT : (s.dataset.chapters?.[s.storyChapter]?.select ?? NO_HIGHLIGHT);
