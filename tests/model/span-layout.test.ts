import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ITERATIONS,
  LINK_MEMBER,
  LINK_RIVAL,
  indexDataset,
  initialPlacement,
  positionsFromRecord,
  spanGraph,
  validateDataset,
} from '../../src/model';
import { forceRun } from '../../src/model/span-layout/force-atlas';
import { syntheticDataset } from '../../src/model/synthetic';
import { loadFixture } from './fixture';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

describe('the span layout (ForceAtlas2 over every actor of the whole span)', () => {
  const graph = spanGraph(indexDataset(syntheticDataset({ seed: 9, actors: 150, pairs: 600, events: 3000 })));
  const xy = forceRun(graph, initialPlacement(graph), { iterations: DEFAULT_ITERATIONS }).step(
    DEFAULT_ITERATIONS,
  );
  const dist = (a: number, b: number) => Math.hypot(xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]);
  const lengths = (type: number) =>
    Array.from(graph.source, (s, k) => (graph.type[k] === type ? dist(s, graph.target[k]) : NaN)).filter(
      (d) => !Number.isNaN(d),
    );

  it('puts members next to their organisation and rivals apart', () => {
    expect(median(lengths(LINK_MEMBER))).toBeLessThan(median(lengths(LINK_RIVAL)));
  });

  it('is deterministic: the same dataset always gets the same picture', () => {
    const again = forceRun(graph, initialPlacement(graph), { iterations: DEFAULT_ITERATIONS });
    expect(again.step(DEFAULT_ITERATIONS)).toEqual(xy);
  });

  it('leaves no lone actor far out (farthest at most 3x the median distance from the centre)', () => {
    const n = graph.ids.length;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) [cx, cy] = [cx + xy[2 * i] / n, cy + xy[2 * i + 1] / n];
    const r = Array.from({ length: n }, (_, i) => Math.hypot(xy[2 * i] - cx, xy[2 * i + 1] - cy));
    expect(Math.max(...r)).toBeLessThan(3 * median(r));
  });

  it('a spiral start is cheap and seats every actor apart', () => {
    const start = initialPlacement(graph);
    const seats = new Set(
      Array.from({ length: graph.ids.length }, (_, i) => `${start[2 * i]},${start[2 * i + 1]}`),
    );
    expect(seats.size).toBe(graph.ids.length);
  });
});

describe('the dataset positions field', () => {
  it('accepts positions of known actors and reads them as a map', () => {
    const ds = loadFixture();
    const id = ds.actors[0].id;
    const result = validateDataset({ ...ds, positions: { [id]: [10, -20.5] } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(positionsFromRecord(result.dataset.positions).get(id)).toEqual({ x: 10, y: -20.5 });
  });

  it('names the place of an unknown actor or a bad coordinate', () => {
    const ds = loadFixture();
    const unknown = validateDataset({ ...ds, positions: { nobody: [1, 2] } });
    expect(!unknown.ok && unknown.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      '$.positions["nobody"]: unknown actor id "nobody"',
    ]);
    const huge = validateDataset({ ...ds, positions: { [ds.actors[0].id]: [1e9, 2] } });
    expect(!huge.ok && huge.issues[0].path).toMatch(/^\$\.positions/);
    const short = validateDataset({ ...ds, positions: { [ds.actors[0].id]: [1] } });
    expect(short.ok).toBe(false);
  });
});
