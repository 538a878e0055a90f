import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model';
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
  webgl: false,
};
const CTX: ShareContext = {
  defaults: DEFAULTS,
  span: { start: day('1947-01-01'), end: day('2012-12-31') },
  hasActor: (id) => ['india', 'pakistan', 'constructor'].includes(id),
  hasEdge: (id) => id === 'rel:india~pakistan' || id === 'tie:war-1971',
  panels: ['inspector', 'filters', 'analytics'],
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
});
