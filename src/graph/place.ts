import type { DatasetIndex } from '../model';
import { countOverlaps, declutter, type Pane } from './declutter';
import { graphLabel } from './graph-label';
import type { Positions } from './layout';

/**
 * Scales a layout about its centre so that the median distance from a node to its nearest neighbour
 * is `target` model units. Force layouts spread out with the number of edges; without this, a fitted
 * 80-actor graph draws its nodes and labels too small to read.
 */
export function compactPositions(positions: Positions, target = 64): Positions {
  const points = [...positions.values()];
  if (points.length < 3) return positions;
  // A median needs only a sample: at most ~400 nodes measured against all keeps big graphs fast.
  const stride = Math.max(1, Math.floor(points.length / 400));
  // Squared distances in flat arrays: this runs on every layout progress frame (Math.hypot over 400 x
  // 2,000 points took 75-150 ms a frame at 2,000 actors).
  const xs = Float64Array.from(points, (p) => p.x);
  const ys = Float64Array.from(points, (p) => p.y);
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += stride) {
    let best = Infinity;
    for (let j = 0; j < points.length; j++) {
      const dx = xs[i] - xs[j];
      const dy = ys[i] - ys[j];
      const d = dx * dx + dy * dy;
      if (i !== j && d < best) best = d;
    }
    nearest.push(Math.sqrt(best));
  }
  nearest.sort((a, b) => a - b);
  const median = nearest[nearest.length >> 1];
  if (!(median > 0)) return positions;
  // Both ways: ForceAtlas2 leaves small graphs tightly packed and large ones spread out.
  const scale = target / median;
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const out: Positions = new Map();
  for (const [id, p] of positions) {
    out.set(id, { x: Math.round(cx + (p.x - cx) * scale), y: Math.round(cy + (p.y - cy) * scale) });
  }
  return out;
}

/**
 * Stretches a roughly square layout horizontally toward the pane's shape (at most 1.8x), since labels
 * are wide and panes are landscape; never squeezes.
 */
export function stretchToAspect(positions: Positions, aspect: number): Positions {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  if (xs.length < 2 || !(aspect > 0)) return positions;
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (!(w > 0 && h > 0)) return positions;
  const factor = Math.min(1.8, Math.max(1, (aspect * h) / w));
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const out: Positions = new Map();
  for (const [id, p] of positions) out.set(id, { x: Math.round(cx + (p.x - cx) * factor), y: p.y });
  return out;
}

/**
 * Where every actor of the whole span sits, from a finished span layout: compacted, stretched to the
 * pane's shape and, when it helps, decluttered so that labels of actors on screen together do not overlap.
 */
export function finishLayout(index: DatasetIndex, layout: Positions, pane: Pane): Positions {
  const laid = stretchToAspect(compactPositions(layout), pane.width / Math.max(1, pane.height));
  const longest = (id: string) => {
    const entry = index.actors.get(id)!;
    return entry.labels.map((l) => graphLabel(entry.actor, l.label)).sort((a, b) => b.length - a.length)[0];
  };
  const coexist = (a: string, b: string) => {
    const x = index.actors.get(a)!.exists;
    const y = index.actors.get(b)!.exists;
    return x.start <= y.end && y.start <= x.end;
  };
  const spread = declutter(laid, longest, pane, { coexist });
  return countOverlaps(spread, longest, pane) < countOverlaps(laid, longest, pane) ? spread : laid;
}

/** The canvas name of a node at t (shortened when long); the inspector keeps the full one. */
export function labelForIndex(index: DatasetIndex): (id: string, label: string) => string {
  return (id, label) => {
    const entry = index.actors.get(id);
    return entry ? graphLabel(entry.actor, label) : label;
  };
}
