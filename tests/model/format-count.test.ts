import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatCount } from '../../src/model/format-count';

describe('formatCount writes counts as toLocaleString("en") does, without Intl', () => {
  test('integers of every size and sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en'));
      }),
    );
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 100_000, -1000])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });

  test('fractions round to three places', () => {
    for (const n of [1234.5, 0.125, 1999.9996, -0.0001]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});
