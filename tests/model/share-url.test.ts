import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChapterView, parseDate } from '../../src/model';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';
import {
  type ShareContext,
  type ShareState,
  decodeShareParams,
  encodeShareParams,
} from '../../src/model/share-url';

const day = (s: string) => parseDate(s)!.start;
const DEFAULTS: ShareState = {
  time: day('1947-01-01'),
  mode: 'point',
  windowFrom: day('1947-01-01'),
  selection: null,
  filters: DEFAULT_FILTERS,
  theme: 'light',
  panel: 'inspector',
  model: { halfLifeYears: 2, kappa: 2, conflictWeight: 1.5, baseline: true },
  chapter: null,
  webgl: false,
};
const CHAPTERS: Record<string, ChapterView> = {
  partition: { time: day('1947-08-15'), mode: 'point' },
  'taliban-years': { time: day('2001-09-10'), mode: 'window', windowFrom: day('1996-09-01') },
};
const CTX: ShareContext = {
  defaults: DEFAULTS,
  span: { start: day('1947-01-01'), end: day('2012-12-31') },
  hasActor: (id) => ['india', 'pakistan', 'constructor'].includes(id),
  hasEdge: (id) => id === 'rel:india~pakistan' || id === 'tie:war-1971',
  panels: ['inspector', 'filters', 'analytics'],
  chapterView: (id) => (Object.hasOwn(CHAPTERS, id) ? CHAPTERS[id] : null),
};

const bool = fc.boolean();
const stateArb: fc.Arbitrary<ShareState> = fc
  .record({
    time: fc.integer({ min: CTX.span.start, max: CTX.span.end }),
    back: fc.integer({ min: 0, max: 5000 }),
    window: bool,
    selection: fc.constantFrom(
      null,
      { type: 'node' as const, id: 'india' },
      { type: 'node' as const, id: 'constructor' },
      { type: 'edge' as const, id: 'rel:india~pakistan' },
      { type: 'edge' as const, id: 'tie:war-1971' },
    ),
    kinds: fc.record({ country: bool, leader: bool, organization: bool, group: bool }),
    signs: fc.record({ positive: bool, negative: bool, neutral: bool }),
    categories: fc.record({
      'verbal-cooperation': bool,
      'material-cooperation': bool,
      'verbal-conflict': bool,
      'material-conflict': bool,
    }),
    minWeight: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    ties: bool,
    theme: fc.constantFrom('light' as const, 'dark' as const),
    panel: fc.constantFrom(...CTX.panels),
    model: fc.record({
      halfLifeYears: fc.constantFrom(0.5, 1, 2, 3, 4.5, 20),
      kappa: fc.constantFrom(0.1, 1, 2, 8, 20),
      conflictWeight: fc.constantFrom(1, 1.5, 2, 3, 10),
      baseline: bool,
    }),
    chapter: fc.constantFrom(null, 'partition', 'taliban-years'),
    webgl: bool,
  })
  .map((r) => ({
    time: r.time,
    mode: r.window ? ('window' as const) : ('point' as const),
    windowFrom: r.window ? Math.max(CTX.span.start, r.time - r.back) : DEFAULTS.windowFrom,
    selection: r.selection,
    filters: {
      kinds: r.kinds,
      signs: r.signs,
      categories: r.categories,
      minWeight: r.minWeight,
      ties: r.ties,
    },
    theme: r.theme,
    panel: r.panel,
    model: r.model,
    chapter: r.chapter,
    webgl: r.webgl,
  }));

describe('share links', () => {
  it('restore exactly the state they were made from (property)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const decoded = decodeShareParams(encodeShareParams(state, DEFAULTS), CTX);
        expect(decoded.notices).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
    );
  });

  it('are short: only what differs from the defaults is written', () => {
    expect(encodeShareParams({ ...DEFAULTS, time: day('1971-12-15') }, DEFAULTS)).toBe('t=1971-12-15');
    const s = encodeShareParams(
      {
        ...DEFAULTS,
        time: day('1971-12-15'),
        selection: { type: 'edge', id: 'rel:india~pakistan' },
        filters: { ...DEFAULTS.filters, kinds: { ...DEFAULTS.filters.kinds, leader: false }, ties: false },
      },
      DEFAULTS,
    );
    expect(s).toBe('t=1971-12-15&edge=rel%3Aindia%7Epakistan&hide=leader&ties=0');
  });

  it('carry the relation model settings, and reject out-of-range ones instead of applying them', () => {
    const model = { halfLifeYears: 5, kappa: 4, conflictWeight: 3, baseline: false };
    const query = encodeShareParams({ ...DEFAULTS, model }, DEFAULTS);
    expect(query).toBe('t=1947-01-01&hl=5&kappa=4&conflict=3&base=0');
    expect(decodeShareParams(query, CTX).state.model).toEqual(model);
    const bad = decodeShareParams('hl=5&kappa=0&conflict=abc', CTX);
    expect(bad.state.model).toEqual({ ...DEFAULTS.model, halfLifeYears: 5 });
    expect(bad.notices).toHaveLength(2);
  });

  it("carry the WebGL renderer whenever it is on, and leave the reader's choice alone otherwise", () => {
    const at = { ...DEFAULTS, time: day('1971-12-15') };
    expect(encodeShareParams({ ...at, webgl: true }, DEFAULTS)).toBe('t=1971-12-15&renderer=webgl');
    // Even when this browser remembers WebGL (the defaults), the link still says so.
    expect(encodeShareParams({ ...at, webgl: true }, { ...DEFAULTS, webgl: true })).toMatch(/renderer=webgl/);
    expect(
      decodeShareParams('t=1971&renderer=canvas', { ...CTX, defaults: { ...DEFAULTS, webgl: true } }).state
        .webgl,
    ).toBe(false);
    expect(decodeShareParams('t=1971', { ...CTX, defaults: { ...DEFAULTS, webgl: true } }).state.webgl).toBe(
      true,
    );
  });

  it('accept a month or a year for t, as people type them', () => {
    expect(decodeShareParams('?t=1971-12', CTX).state.time).toBe(day('1971-12-01'));
    expect(decodeShareParams('t=1971', CTX).state.time).toBe(day('1971-01-01'));
  });

  it.each([
    ['t=yesterday', /"t"="yesterday": not a date/],
    ['t=2999-01-01', /outside 1947-01-01 to 2012-12-31/],
    ['t=1971-02-30', /not a date/],
    ['t=1971&from=1980', /window must start before t/],
    ['node=<script>alert(1)</script>', /no such actor/],
    ['edge=rel:x~y', /no such relation or tie/],
    ['hide=leader,dragons', /"dragons": unknown/],
    ['minw=NaN', /a weight from 0 to 1/],
    ['minw=', /a weight from 0 to 1/],
    ['ties=maybe', /use 0 or 1/],
    ['theme=%00neon', /use light or dark/],
    ['panel=__proto__', /known: inspector/],
    ['renderer=<img src=x>', /"renderer"="<img src=x>": use canvas or webgl/],
    ['renderer=WEBGL2', /use canvas or webgl/],
    [`node=${'x'.repeat(5000)}`, /value too long/],
    ['hl=0', /a half-life from 0.5 to 20 years/],
    ['hl=1e9', /a half-life from 0.5 to 20 years/],
    ['kappa=-1', /κ\) from 0.1 to 20/],
    ['conflict=Infinity', /a conflict weight from 1 to 10/],
    ['base=yes', /"base"="yes": use 0 or 1/],
    ['chapter=constructor', /"chapter"="constructor": no chapter with that id/],
    ['chapter=__proto__', /no chapter with that id/],
    [`chapter=${'c'.repeat(201)}`, /value too long/],
  ])('turn garbage %j into defaults plus a notice', (search, notice) => {
    const { state, notices } = decodeShareParams(search, CTX);
    expect(notices.join('\n')).toMatch(notice);
    expect(notices.every((n) => n.length < 300)).toBe(true);
    if (!search.startsWith('hide')) expect(state.filters.kinds).toEqual(DEFAULTS.filters.kinds);
    expect(state.selection).toBeNull();
  });

  it('keep the valid parameters of a partly broken link', () => {
    const { state, notices } = decodeShareParams('t=1971-12-15&node=india&theme=plaid&hide=group', CTX);
    expect(state.time).toBe(day('1971-12-15'));
    expect(state.selection).toEqual({ type: 'node', id: 'india' });
    expect(state.filters.kinds.group).toBe(false);
    expect(state.theme).toBe('light');
    expect(notices).toHaveLength(1);
  });

  it('never throw on any input, and leave unknown parameters alone (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { state, notices } = decodeShareParams(search, CTX);
        expect(state.time).toBeGreaterThanOrEqual(CTX.span.start);
        expect(state.time).toBeLessThanOrEqual(CTX.span.end);
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            't',
            'from',
            'node',
            'edge',
            'hide',
            'hidesign',
            'hidecat',
            'minw',
            'ties',
            'theme',
            'panel',
            'chapter',
            'renderer',
            'zzz',
          ),
          fc.string({ unit: 'binary', maxLength: 30 }),
        ),
        (dict) => {
          const { notices } = decodeShareParams(new URLSearchParams(dict).toString(), CTX);
          expect(notices.some((n) => n.includes('zzz'))).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('open a chapter at its own view when they give no t, and keep t and from when they do', () => {
    const window = decodeShareParams('chapter=taliban-years', CTX);
    expect(window.notices).toEqual([]);
    expect(window.state).toMatchObject({
      chapter: 'taliban-years',
      mode: 'window',
      time: day('2001-09-10'),
      windowFrom: day('1996-09-01'),
    });
    const moved = decodeShareParams('chapter=taliban-years&t=1999-05-01', CTX).state;
    expect(moved).toMatchObject({ chapter: 'taliban-years', mode: 'point', time: day('1999-05-01') });
    const bad = decodeShareParams('chapter=nope&t=1960', CTX);
    expect(bad.state.chapter).toBeNull();
    expect(bad.state.time).toBe(day('1960-01-01'));
  });
});
