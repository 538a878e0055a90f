import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peakActorsPresent } from '../../src/model/time/peak-present';

describe('the most actors present at once', () => {
  it('equals a day-by-day count over every start day (where a peak begins)', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const actorStart = Float64Array.from(spans.map(([s]) => s));
        const actorEnd = Float64Array.from(spans.map(([s, d]) => s + d));
        const brute = Math.max(
          0,
          ...spans.map(([day]) => spans.filter(([s, d]) => s <= day && day <= s + d).length),
        );
        expect(peakActorsPresent({ actorStart, actorEnd })).toBe(brute);
      }),
    );
  });
});
