import type { Point } from '../layout';

/** The dataset's `positions` field: [x, y] by actor id. */
export type PositionsRecord = Record<string, [number, number]>;

/** The dataset field as a Map (own keys only, so "constructor" or "__proto__" ids stay data). */
export function positionsFromRecord(record: PositionsRecord | undefined): Map<string, Point> {
  const out = new Map<string, Point>();
  if (!record) return out;
  for (const id of Object.keys(record)) {
    const [x, y] = record[id];
    if (Number.isFinite(x) && Number.isFinite(y)) out.set(id, { x, y });
  }
  return out;
}

/** Positions as the dataset field, rounded to whole layout units (sub-unit precision is invisible). */
export function positionsToRecord(positions: ReadonlyMap<string, Point>): PositionsRecord {
  const out: PositionsRecord = Object.create(null) as PositionsRecord;
  for (const [id, p] of positions) out[id] = [Math.round(p.x), Math.round(p.y)];
  return out;
}
