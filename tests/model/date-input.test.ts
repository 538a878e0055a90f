import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDate, parseDateInput } from '../../src/model';

const day = (s: string) => parseDate(s)!.start;
const span = { start: day('1947-01-01'), end: day('2012-12-31') };

describe('typing a date', () => {
  it.each([
    ['1971-12-03', '1971-12-03'],
    ['1971-12', '1971-12-01'],
    ['1971', '1971-01-01'],
    ['  1971/12/3 ', '1971-12-03'],
    ['1971.2', '1971-02-01'],
  ])('goes to %j as %s', (text, expected) => {
    const result = parseDateInput(text, span);
    expect(result.ok && formatDay(result.day)).toBe(expected);
  });

  it.each([
    ['', /Empty/],
    ['last tuesday', /"last tuesday" is not a date: type a year \(1971\)/],
    ['1971-13', /no month 13/],
    ['1971-02-30', /February 1971 has 28 days/],
    ['1972-02-30', /February 1972 has 29 days/],
    ['1940', /1940 is outside this dataset, which runs from 1947-01-01 to 2012-12-31/],
    ['2024-05-01', /outside this dataset/],
  ])('refuses %j and says why', (text, message) => {
    const result = parseDateInput(text, span);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('keeps a period that starts before the span but reaches into it, at the first day', () => {
    const late = { start: day('1947-08-14'), end: span.end };
    const result = parseDateInput('1947', late);
    expect(result.ok && result.day).toBe(late.start);
  });

  it('never throws and never lands outside the span (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseDateInput(text, span);
        if (result.ok) {
          expect(result.day).toBeGreaterThanOrEqual(span.start);
          expect(result.day).toBeLessThanOrEqual(span.end);
        } else expect(result.message.length).toBeLessThan(160);
      }),
      { numRuns: 1000 },
    );
  });
});
