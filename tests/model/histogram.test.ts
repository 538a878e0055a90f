import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexDataset, parseDate } from '../../src/model';
import { binMonthsFor, eventHistogram, timeMarkers } from '../../src/model/histogram';
import { loadFixture } from './fixture';

const day = (d: string) => parseDate(d)!.start;

describe('event histogram', () => {
  test('counts every event of the fixture once, split by sign', () => {
    const dataset = loadFixture();
    const index = indexDataset(dataset);
    const bins = eventHistogram(dataset.events, index.span);
    const total = bins.reduce((s, b) => s + b.positive + b.negative + b.neutral, 0);
    expect(total).toBe(dataset.events.length);
    const y1971 = bins.find((b) => b.start === day('1971-01-01'))!;
    expect(y1971).toMatchObject({ positive: 1, negative: 1 });
  });

  test('bins tile the span without gaps and pick a period that suits its length', () => {
    expect(binMonthsFor({ start: day('1947'), end: day('2012') })).toBe(12);
    expect(binMonthsFor({ start: day('2000'), end: day('2010') })).toBe(1);
    const bins = eventHistogram([], { start: day('2000-02-10'), end: day('2000-06-01') }, 1);
    expect(bins.map((b) => b.start)).toEqual(
      ['2000-02-01', '2000-03-01', '2000-04-01', '2000-05-01', '2000-06-01'].map(day),
    );
    for (let i = 1; i < bins.length; i++) expect(bins[i].start).toBe(bins[i - 1].end);
  });

  test('any event inside the span lands in the bin that holds its day', () => {
    const span = { start: day('1950-01-01'), end: day('1999-12-31') };
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 1999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const date = `${y}-${String(m).padStart(2, '0')}`;
        const event = { ...loadFixture().events[0], date, score: -3 };
        const bins = eventHistogram([event], span, 3);
        const hit = bins.filter((b) => b.negative === 1);
        expect(hit).toHaveLength(1);
        expect(hit[0].start).toBeLessThanOrEqual(parseDate(date)!.mid);
        expect(hit[0].end).toBeGreaterThan(parseDate(date)!.mid);
      }),
      { numRuns: 50 },
    );
  });
});

describe('time markers', () => {
  test('list major events and the start of wars, in date order, with readable titles', () => {
    const markers = timeMarkers(indexDataset(loadFixture()));
    expect(markers.map((m) => m.id)).toEqual([
      'event:ev-1954-seato',
      'event:ev-1971-treaty',
      'event:ev-1971-war',
      'tie:tie-war-1971',
      'event:ev-2003-visit',
    ]);
    expect(markers.find((m) => m.kind === 'war')!.title).toBe('1971-12-03: 1971 war begins');
    expect(markers[0].title).toContain('SEATO');
  });
});
