import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Chapter,
  animationMs,
  chapterView,
  dayAt,
  formatDay,
  openingDay,
  parseDate,
  stepChapter,
  validateDataset,
} from '../../src/model';
import { loadFixture } from './fixture';

const day = (s: string) => parseDate(s)!.start;
const span = { start: day('1947-01-01'), end: day('2012-12-31') };
const chapter = (over: Partial<Chapter>): Chapter => ({
  id: 'c',
  title: 'T',
  caption: 'One. Two.',
  citations: [{ source: 'katz' }],
  ...over,
});

describe('chapter validation', () => {
  const withChapters = (chapters: unknown[], meta: Record<string, unknown> = {}) => {
    const ds = loadFixture();
    return validateDataset({ ...ds, meta: { ...ds.meta, ...meta }, chapters });
  };
  const source = loadFixture().sources[0].id;
  const ok = { id: 'war', title: 'War', at: '1971-12', caption: 'A. B.', citations: [{ source }] };

  it('accepts a dated chapter and a window chapter with known sources and actors', () => {
    const result = withChapters([ok, { ...ok, id: 'w', at: undefined, from: '1965', to: '1971' }]);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      { ...ok, citations: [{ source: 'nowhere' }] },
      '$.chapters[0].citations[0].source',
      /unknown source id "nowhere"/,
    ],
    [{ ...ok, select: ['india', 'atlantis'] }, '$.chapters[0].select[1]', /unknown actor id "atlantis"/],
    [{ ...ok, at: undefined }, '$.chapters[0]', /needs a date \(`at`\) or a window/],
    [{ ...ok, from: '1960', to: '1961' }, '$.chapters[0]', /either `at` or `from`\/`to`/],
    [{ ...ok, at: '1971-02-30' }, '$.chapters[0].at', /not a calendar date/],
    [{ ...ok, at: undefined, from: '1980', to: '1970' }, '$.chapters[0]', /ends \(1970\) before it starts/],
    [{ ...ok, citations: [] }, '$.chapters[0].citations', /./],
    [{ ...ok, caption: '' }, '$.chapters[0].caption', /./],
    [{ ...ok, onclick: 'alert(1)' }, '$.chapters[0]', /onclick/],
  ])('refuses a bad chapter and names the JSON path (%#)', (bad, path, message) => {
    const result = withChapters([bad]);
    expect(result.ok).toBe(false);
    const issue = !result.ok && result.issues.find((i) => i.path === path);
    expect(issue && issue.message).toMatch(message);
  });

  it('refuses two chapters with one id, and an openAt that is not a day', () => {
    const dup = withChapters([ok, ok]);
    expect(!dup.ok && dup.issues.map((i) => i.path)).toContain('$.chapters[1].id');
    const open = withChapters([], { openAt: '1971-13' });
    expect(!open.ok && open.issues.map((i) => i.path)).toContain('$.meta.openAt');
  });
});

describe('chapter views', () => {
  it('shows a dated chapter at the end of the period it names, so its events have happened', () => {
    expect(chapterView(chapter({ at: '1979-12' }), span)).toEqual({ time: day('1979-12-31'), mode: 'point' });
    expect(chapterView(chapter({ at: '1971-12-03' }), span).time).toBe(day('1971-12-03'));
  });

  it('shows a window chapter as a window, clamped into the span', () => {
    const view = chapterView(chapter({ from: '1940', to: '1950-06' }), span);
    expect(view).toEqual({ time: day('1950-06-30'), mode: 'window', windowFrom: span.start });
    expect(chapterView(chapter({ at: '2030' }), span).time).toBe(span.end);
  });

  it('opens a dataset on meta.openAt inside the span, else on its first day', () => {
    expect(openingDay({ openAt: '1971-12-13' }, span)).toBe(day('1971-12-13'));
    expect(openingDay({ openAt: '1900' }, span)).toBe(span.start);
    expect(openingDay({}, span)).toBe(span.start);
  });

  it('steps through chapters without leaving the story (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(30),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -3, max: 3 }),
        (n, i, d) => {
          const next = stepChapter(n, i, d);
          if (n === 0) expect(next).toBe(-1);
          else expect(next >= 0 && next < n).toBe(true);
        },
      ),
    );
  });
});

describe('the time glide', () => {
  it('starts where it is, lands exactly on the target, and never overshoots (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9000, max: 20000 }),
        fc.integer({ min: -9000, max: 20000 }),
        fc.nat(3000),
        (a, b, t) => {
          const ms = animationMs(a, b);
          expect(dayAt(a, b, 0, ms)).toBe(a);
          expect(dayAt(a, b, ms, ms)).toBe(b);
          const mid = dayAt(a, b, t, ms);
          expect(mid).toBeGreaterThanOrEqual(Math.min(a, b));
          expect(mid).toBeLessThanOrEqual(Math.max(a, b));
        },
      ),
    );
  });

  it('is short: under two seconds even across the whole span', () => {
    expect(animationMs(span.start, span.end)).toBeLessThan(2000);
    expect(animationMs(day('1971-01-01'), day('1971-02-01'))).toBeGreaterThan(300);
    expect(formatDay(dayAt(span.start, span.end, 1e9, 1000))).toBe('2012-12-31');
  });
});
