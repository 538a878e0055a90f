import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_YEAR_RANGE, formatDay, parseDate, yearOf } from '../../src/model/dates';
import { decodeShareParams } from '../../src/model/share-url';
import { validateDataset } from '../../src/model';
import { importFiles } from '../../src/model/import';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';
import { ACTORS_CSV, MINI_JSON } from './import/helpers';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('dates keep their four-digit year (no Date.UTC two-digit trap)', () => {
  it('years 0000-0099 are those years, not 1900-1999', () => {
    expect(formatDay(parseDate('0071-12-03')!.start)).toBe('0071-12-03');
    expect(yearOf(parseDate('0050')!.mid)).toBe(50);
    expect(parseDate('0071')!.start).toBeLessThan(parseDate('1000')!.start);
    // 0000 is a leap year in the proleptic Gregorian calendar.
    expect(parseDate('0000-02-29')).not.toBeNull();
    expect(parseDate('0100-02-29')).toBeNull();
  });

  it('every day of every year round-trips through its day number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          expect(formatDay(parseDate(text)!.start)).toBe(text);
          expect(formatDay(parseDate(`${pad(y, 4)}-${pad(m)}`)!.start)).toBe(`${pad(y, 4)}-${pad(m)}-01`);
        },
      ),
    );
  });

  it('a dataset date outside the supported years is refused with a named error', () => {
    const data = JSON.parse(MINI_JSON) as { events: { date: string }[] };
    data.events[1].date = '0071-12-03';
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ path: '$.events[1].date' });
    expect(result.issues[0].message).toMatch(
      new RegExp(`year 0071 is outside the supported years ${DATE_YEAR_RANGE.min}-${DATE_YEAR_RANGE.max}`),
    );
  });

  it('a CSV cell with year 0071 is refused on its line, not read as 1971', () => {
    const events = `id,date,source,target,cameo,score,summary\nev-1,0071-02-04,pakistan,russia,042,1.9,Visit.\n`;
    const result = importFiles([
      { name: 'actors.csv', text: ACTORS_CSV },
      { name: 'events.csv', text: events },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ file: 'events.csv', line: 2 });
    expect(result.issues[0].message).toMatch(/year 0071 is outside/);
  });

  it('?t=0071 is dropped as outside the span instead of showing 1971', () => {
    const start = parseDate('1947')!.start;
    const end = parseDate('2012')!.end;
    const ctx = {
      defaults: {
        time: start,
        mode: 'point' as const,
        windowFrom: start,
        selection: null,
        filters: DEFAULT_FILTERS,
        theme: 'light' as const,
        panel: 'inspector',
        model: { halfLifeYears: 2, kappa: 2, conflictWeight: 1.5, baseline: true },
        chapter: null,
        webgl: false,
      },
      span: { start, end },
      chapterView: () => null,
      hasActor: () => false,
      hasEdge: () => false,
      panels: ['inspector'],
    };
    const { state, notices } = decodeShareParams('t=0071-12-03', ctx);
    expect(state.time).toBe(start);
    expect(notices.join(' ')).toMatch(/"t"="0071-12-03": outside 1947-01-01 to 2012-12-31/);
  });
});
