import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIDDEN,
  type LabelCandidate,
  inside,
  labelRect,
  overlaps,
  planLabels,
} from '../../src/graph/label-plan';
import { largestFreeRect } from '../../src/components/graph/free-area';

const free = { x1: 0, y1: 0, x2: 400, y2: 300 };
const candidate = (x: number, y: number, priority: number, w = 60): LabelCandidate => ({
  x,
  y,
  half: 8,
  gap: 3,
  w,
  h: 15,
  priority,
});

describe('planLabels', () => {
  it('never draws two names over each other or outside the free area', () => {
    const arb = fc.array(
      fc.record({
        x: fc.integer({ min: -50, max: 450 }),
        y: fc.integer({ min: -50, max: 350 }),
        p: fc.nat(100),
        w: fc.integer({ min: 10, max: 120 }),
      }),
      { minLength: 1, maxLength: 80 },
    );
    fc.assert(
      fc.property(arb, (points) => {
        const candidates = points.map((p) => candidate(p.x, p.y, p.p, p.w));
        const plan = planLabels(candidates, free);
        const drawn = candidates.flatMap((c, i) => (plan[i] === HIDDEN ? [] : [labelRect(c, plan[i])]));
        for (const r of drawn) expect(inside(r, free)).toBe(true);
        for (let i = 0; i < drawn.length; i++)
          for (let j = i + 1; j < drawn.length; j++) expect(overlaps(drawn[i], drawn[j])).toBe(false);
      }),
    );
  });

  it('names the more important of two crowded actors, moving the other beside it when there is room', () => {
    const plan = planLabels([candidate(200, 100, 1), candidate(205, 102, 5)], free);
    expect(plan[1]).not.toBe(HIDDEN);
    // Three wide names on one spot: under and over it take two, the least important is left out.
    const crowded = planLabels(
      [candidate(200, 100, 1, 390), candidate(200, 100, 5, 390), candidate(200, 100, 3, 390)],
      free,
    );
    expect(crowded[0]).toBe(HIDDEN);
    expect(crowded[1]).not.toBe(HIDDEN);
    expect(crowded[2]).not.toBe(HIDDEN);
  });

  it('keeps names off nodes drawn at their rank or above, but lets a main name cross a small node', () => {
    const node = { r: { x1: 170, y1: 110, x2: 230, y2: 150 }, rank: 0 };
    const small = planLabels([{ ...candidate(200, 100, 1), rank: 0 }], free, [
      { r: { x1: 0, y1: 0, x2: 0, y2: 0 }, rank: 0 },
      node,
    ]);
    const main = planLabels([{ ...candidate(200, 100, 1), rank: 2 }], free, [
      { r: { x1: 0, y1: 0, x2: 0, y2: 0 }, rank: 2 },
      node,
    ]);
    expect(labelRect(candidate(200, 100, 1), small[0]).y2 <= 110 || small[0] !== 1).toBe(true);
    expect(main[0]).toBe(1);
  });
});

describe('largestFreeRect', () => {
  it('cuts each overlay away on the side that keeps the most room', () => {
    const pane = { x1: 0, y1: 0, x2: 390, y2: 700 };
    const tip = { x1: 10, y1: 10, x2: 320, y2: 100 };
    const zoom = { x1: 336, y1: 10, x2: 380, y2: 200 };
    const sheet = { x1: 0, y1: 460, x2: 390, y2: 700 };
    const free = largestFreeRect(pane, [tip, zoom, sheet]);
    expect(free).toEqual({ x1: 0, y1: 100, x2: 336, y2: 460 });
    for (const c of [tip, zoom, sheet]) expect(overlaps(free, c)).toBe(false);
  });
});
