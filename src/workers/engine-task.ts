import { computeColumns, type EventTable, type PreparedPairs } from '../model/time/pair-columns';
import { buildTimeGrid, type TimeGrid } from '../model/time/time-grid';

export type PreparedIndex = PreparedPairs & { grid: TimeGrid };

export interface EngineRequest {
  id: number;
  table: EventTable;
  lambda: number;
}

export type EngineReply =
  { id: number; ok: true; prepared: PreparedIndex } | { id: number; ok: false; error: string };

/** The heavy part of indexing (grouping, sorting, running sums, time grid): pure, so a worker can run it. */
export function prepareIndex(table: EventTable, lambda: number): PreparedIndex {
  const prepared = computeColumns(table, lambda);
  return { ...prepared, grid: buildTimeGrid(prepared.columns) };
}

/** The buffers to hand over rather than copy. */
export function transferables({ columns, grid }: PreparedIndex): ArrayBuffer[] {
  const { counts, lastDay, lastDecayed, rowDays, rowDecayed, cum } = grid;
  const arrays = [
    ...Object.values(columns),
    counts,
    lastDay,
    lastDecayed,
    rowDays,
    rowDecayed,
    cum,
  ] as ArrayBufferView[];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
