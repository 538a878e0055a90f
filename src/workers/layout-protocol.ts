import type { SpanGraph } from '../model/span-layout/span-graph';

/** Start laying out `graph` from `start` (interleaved x, y); `fixed` nodes keep their start. */
export interface LayoutStart {
  type: 'start';
  id: number;
  graph: SpanGraph;
  start: Float32Array;
  fixed?: Uint8Array;
  iterations: number;
  /** Iterations between two checks for a cancel. */
  slice: number;
  /**
   * At least this many ms between two progress messages (the last one always goes): each one costs the
   * page a redraw of the whole graph, so they must not arrive faster than it can draw them.
   */
  interval?: number;
}

export interface LayoutCancel {
  type: 'cancel';
  id: number;
}

export type LayoutRequest = LayoutStart | LayoutCancel;

/** Positions so far (interleaved x, y in graph.ids order); `done === total` on the last one. */
export interface LayoutProgress {
  type: 'progress';
  id: number;
  done: number;
  total: number;
  xy: Float32Array;
}

export interface LayoutFailed {
  type: 'error';
  id: number;
  message: string;
}

export type LayoutReply = LayoutProgress | LayoutFailed;
