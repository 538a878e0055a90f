import { describe, expect, it } from 'vitest';
import { dateWithRelations, formatDay, indexDataset, parseDate } from '../../../src/model';
import { loadFixture } from '../fixture';

const day = (s: string) => parseDate(s)!.start;

describe('dateWithRelations', () => {
  const index = indexDataset(loadFixture());

  it('is the next day with an event or a tie start after the given day', () => {
    expect(dateWithRelations(index, day('1947-01-01'))).toBe(day('1954-09-08'));
    // A month-precision event (1960-05) enters over its month in weekly steps (docs/MODEL.md): the
    // relation is there from the first step.
    expect(formatDay(dateWithRelations(index, day('1955-01-01'))!)).toBe('1960-05-04');
  });

  it('falls back to the first such day when nothing comes later, and stays inside the span', () => {
    const last = dateWithRelations(index, index.span.end);
    expect(last).toBe(day('1954-09-08'));
    const empty = indexDataset({ ...loadFixture(), events: [], ties: [] });
    expect(dateWithRelations(empty, empty.span.start)).toBeNull();
  });
});
