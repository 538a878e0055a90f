import {
  computeColumns,
  type ColumnParams,
  type EventTable,
  type PreparedPairs,
} from '../model/time/pair-columns';
import { buildTimeGrid, type TimeGrid } from '../model/time/time-grid';

export type PreparedIndex = PreparedPairs & { grid: TimeGrid };

export interface EngineRequest {
  id: number;
  table: EventTable;
  params: ColumnParams;
}

export type EngineReply =
  { id: number; ok: true; prepared: PreparedIndex } | { id: number; ok: false; error: string };

/** The heavy part of indexing (grouping, sorting, running sums, time grid): pure, so a worker can run it. */
export function prepareIndex(table: EventTable, params: ColumnParams): PreparedIndex {
  const prepared = computeColumns(table, params);
  return { ...prepared, grid: buildTimeGrid(prepared.columns) };
}

/** The buffers to hand over rather than copy. */
export function transferables({ columns, grid }: PreparedIndex): ArrayBuffer[] {
  const { counts, lastDay, lastW, lastN, rowDays, rowW, rowN, cum } = grid;
  const arrays = [
    ...Object.values(columns),
    counts,
    lastDay,
    lastW,
    lastN,
    rowDays,
    rowW,
    rowN,
    cum,
  ] as ArrayBufferView[];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
