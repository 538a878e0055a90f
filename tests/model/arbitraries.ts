import fc from 'fast-check';
import type { Dataset } from '../../src/model';
import { DEFAULT_FILTERS, type Filters } from '../../src/store/filter-slice';

const ACTORS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];

const pad = (n: number) => String(n).padStart(2, '0');

export const dateArb = fc
  .record({
    y: fc.integer({ min: 1947, max: 2012 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    p: fc.constantFrom(0, 1, 2),
  })
  .map(({ y, m, d, p }) => (p === 0 ? `${y}` : p === 1 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));

const eventArb = fc
  .record({
    pair: fc.uniqueArray(fc.constantFrom(...ACTORS), { minLength: 2, maxLength: 2 }),
    date: dateArb,
    score: fc.double({ min: -10, max: 10, noNaN: true }),
  })
  .map(({ pair, date, score }) => ({ source: pair[0], target: pair[1], date, score }));

/** Small valid datasets: six actors alive throughout, up to 40 random events. */
export const datasetArb: fc.Arbitrary<Dataset> = fc.array(eventArb, { maxLength: 40 }).map((events) => ({
  meta: { name: 'random', span: { from: '1947', to: '2012' } },
  sources: [{ id: 'src', title: 'generated' }],
  actors: ACTORS.map((id) => ({
    id,
    kind: 'country' as const,
    labels: [{ label: id.toUpperCase() }],
    aliases: [],
  })),
  ties: [],
  events: events.map((e, i) => ({
    id: `e${i}`,
    date: e.date,
    source: e.source,
    target: e.target,
    cameo: e.score >= 0 ? '05' : '11',
    score: e.score,
    summary: 'generated event',
    citations: [{ source: 'src', line: 1 }],
  })),
}));

export const dayArb = fc.integer({ min: -8400, max: 15700 });

/** Any setting of the filter panel except categories (those change the index, not the view). */
export const filtersArb: fc.Arbitrary<Filters> = fc.record({
  kinds: fc.record({
    country: fc.boolean(),
    leader: fc.boolean(),
    organization: fc.boolean(),
    group: fc.boolean(),
  }),
  signs: fc.record({ positive: fc.boolean(), negative: fc.boolean(), neutral: fc.boolean() }),
  minWeight: fc.constantFrom(0, 0.1, 0.2, 0.3, 0.5, 0.6),
  categories: fc.constant(DEFAULT_FILTERS.categories),
  ties: fc.boolean(),
});
