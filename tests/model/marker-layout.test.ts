import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterMarkers, snapToMarker } from '../../src/model';

const span = { start: 0, end: 24000 };
const markersArb = fc
  .array(fc.integer({ min: 0, max: 24000 }), { maxLength: 120 })
  .map((days) => [...days].sort((a, b) => a - b).map((day, i) => ({ id: `m${i}`, day })));

describe('marker clusters', () => {
  it('keep every marker exactly once, in order, with clusters a gap apart (property)', () => {
    fc.assert(
      fc.property(
        markersArb,
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 4, max: 30 }),
        (markers, width, gap) => {
          const clusters = clusterMarkers(markers, span, width, gap);
          expect(clusters.flatMap((c) => c.items)).toEqual(markers);
          for (let i = 1; i < clusters.length; i++)
            expect(clusters[i].x - clusters[i - 1].x).toBeGreaterThanOrEqual(gap);
          for (const c of clusters) {
            expect(c.x).toBeGreaterThanOrEqual(0);
            expect(c.x).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });

  it('put a marker on the span’s last day at the track’s end, not a rounding error past it', () => {
    const [last] = clusterMarkers([{ id: 'm0', day: 24000 }], span, 1928, 4);
    expect(last.x).toBe(1928);
  });

  it('leave markers far apart alone and gather those on top of each other', () => {
    const markers = [
      { id: 'a', day: 1000 },
      { id: 'b', day: 1010 },
      { id: 'c', day: 12000 },
    ];
    const clusters = clusterMarkers(markers, span, 1000, 12);
    expect(clusters.map((c) => c.items.map((m) => m.id))).toEqual([['a', 'b'], ['c']]);
    expect(clusters[1].x).toBe(500);
    expect(clusterMarkers(markers, span, 100000, 12)).toHaveLength(3);
  });
});

describe('snapping to a marker', () => {
  const days = [100, 200, 400];
  it('moves to the nearest marker within the tolerance and leaves other days alone', () => {
    expect(snapToMarker(195, days, 10)).toBe(200);
    expect(snapToMarker(155, days, 10)).toBe(155);
    expect(snapToMarker(0, days, 10)).toBe(0);
    expect(snapToMarker(405, days, 10)).toBe(400);
    expect(snapToMarker(50, [], 10)).toBe(50);
  });

  it('never moves further than the tolerance (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 })),
        fc.integer({ min: -50, max: 1050 }),
        fc.nat(40),
        (raw, day, tol) => {
          const sorted = [...raw].sort((a, b) => a - b);
          const snapped = snapToMarker(day, sorted, tol);
          expect(Math.abs(snapped - day)).toBeLessThanOrEqual(tol);
          if (snapped !== day) expect(sorted).toContain(snapped);
        },
      ),
    );
  });
});
