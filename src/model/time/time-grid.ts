import type { PairColumns } from './pair-columns';

/**
 * Point counts of every pair at evenly spaced days. A look-up at day t reads two cells of one row (laid
 * out pair after pair, so a whole snapshot walks memory in order) and then searches only the few events
 * inside that row's step, instead of binary-searching each pair's whole history.
 */
export interface TimeGrid {
  /** First day of row 0 (the earliest event day). */
  origin: number;
  /** Days per row (>= 1). */
  step: number;
  rows: number;
  pairs: number;
  /** (rows + 1) x pairs: counts[r * pairs + p] = events of pair p with day < origin + r * step. */
  counts: Int32Array;
  /**
   * (rows + 1) x pairs, same cells as `counts`: the day and running decayed sums (evidence, weighted
   * score) of pair p's last point before row r starts (0 when it has none). With the row's own points
   * below, a snapshot at a day in row r reads only row r of every array, front to back.
   */
  lastDay: Float64Array;
  lastW: Float64Array;
  lastN: Float64Array;
  /** Every point again, row by row and within a row pair by pair (the pair-major columns re-ordered). */
  rowDays: Float64Array;
  rowW: Float64Array;
  rowN: Float64Array;
  /** rows x pairs + 1: row r's events of pair p are rowDays[cum[r * pairs + p] .. cum[r * pairs + p + 1]). */
  cum: Int32Array;
}

/** Caps the grid at 2M cells (8 MB) whatever the dataset. */
const MAX_CELLS = 2_000_000;

export function buildTimeGrid(columns: PairColumns): TimeGrid {
  const { offsets, days } = columns;
  const n = offsets.length - 1;
  let origin = Infinity;
  let last = -Infinity;
  for (let p = 0; p < n; p++) {
    if (offsets[p + 1] === offsets[p]) continue;
    origin = Math.min(origin, days[offsets[p]]);
    last = Math.max(last, days[offsets[p + 1] - 1]);
  }
  if (n === 0 || !Number.isFinite(origin))
    return rowMajor({ origin: 0, step: 1, rows: 0, pairs: n }, columns);
  // About one event per pair per row: a look-up then searches a handful of days at most.
  const wanted = Math.max(1, Math.round(days.length / n));
  const affordable = Math.max(1, Math.floor(MAX_CELLS / n) - 1);
  const step = Math.max(1, Math.ceil((last - origin + 1) / Math.min(wanted, affordable)));
  const rows = Math.ceil((last - origin + 1) / step);
  const counts = new Int32Array((rows + 1) * n);
  for (let p = 0; p < n; p++) {
    const lo = offsets[p];
    const hi = offsets[p + 1];
    let j = lo;
    for (let r = 0; r <= rows; r++) {
      const rowStart = origin + r * step;
      while (j < hi && days[j] < rowStart) j++;
      counts[r * n + p] = j - lo;
    }
  }
  return rowMajor({ origin, step, rows, pairs: n }, columns, counts);
}

type GridShape = Pick<TimeGrid, 'origin' | 'step' | 'rows' | 'pairs'>;

function rowMajor(shape: GridShape, columns: PairColumns, counts = new Int32Array(0)): TimeGrid {
  const { rows, pairs } = shape;
  const { offsets, days, decW, decN } = columns;
  const cells = rows === 0 ? 0 : (rows + 1) * pairs;
  const lastDay = new Float64Array(cells);
  const lastW = new Float64Array(cells);
  const lastN = new Float64Array(cells);
  const rowDays = new Float64Array(rows === 0 ? 0 : days.length);
  const rowW = new Float64Array(rowDays.length);
  const rowN = new Float64Array(rowDays.length);
  const cum = new Int32Array(rows * pairs + 1);
  let at = 0;
  for (let r = 0; r <= rows && cells > 0; r++) {
    for (let p = 0; p < pairs; p++) {
      const cell = r * pairs + p;
      const before = counts[cell];
      if (before > 0) {
        lastDay[cell] = days[offsets[p] + before - 1];
        lastW[cell] = decW[offsets[p] + before - 1];
        lastN[cell] = decN[offsets[p] + before - 1];
      }
      if (r === rows) continue;
      cum[cell] = at;
      for (let k = offsets[p] + before; k < offsets[p] + counts[cell + pairs]; k++, at++) {
        rowDays[at] = days[k];
        rowW[at] = decW[k];
        rowN[at] = decN[k];
      }
    }
  }
  cum[rows * pairs] = at;
  return { ...shape, counts, lastDay, lastW, lastN, rowDays, rowW, rowN, cum };
}

/**
 * How many events of pair p fall on days <= x (inclusive) or < x (exclusive): the same answer as
 * upperBound / lowerBound on the pair's days, found without searching outside one grid step.
 */
export function countUpTo(
  grid: TimeGrid,
  columns: PairColumns,
  p: number,
  x: number,
  inclusive: boolean,
): number {
  const base = columns.offsets[p];
  const r = Math.floor((x - grid.origin) / grid.step);
  if (r < 0) return 0;
  if (r >= grid.rows) return columns.offsets[p + 1] - base;
  const days = columns.days;
  let lo = grid.counts[r * grid.pairs + p];
  let hi = grid.counts[(r + 1) * grid.pairs + p];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? days[base + mid] <= x : days[base + mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
