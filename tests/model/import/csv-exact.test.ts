import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/model/import';
import type { Dataset } from '../../../src/model';
import { datasetOf, reimportPair } from './helpers';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
/** Whitespace a trim would eat: space, NBSP, tab, CR, LF, and an ideographic space. */
const edge = fc.constantFrom('', ' ', '\u00a0', '\t', '\r', '\n', '\r\n', '\u3000', '  ');
const body = fc.string({ unit: 'binary', minLength: 0, maxLength: 20 });
const text = (max: number) =>
  fc
    .tuple(edge, body, edge)
    .map(([a, b, c]) => `${a}${b}${c}`.slice(0, max))
    .filter((s) => s.length > 0);
const alias = fc.oneof(text(120), fc.constantFrom('US|UK', '|', '[x]', '["a"]'));
const date = fc
  .record({ y: fc.integer({ min: 1900, max: 2020 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);

/** Random valid datasets, including the empty one and values a trimming importer would change. */
const datasets = fc
  .record({
    actorIds: fc.uniqueArray(id, { minLength: 0, maxLength: 5 }),
    labels: fc.array(text(120), { minLength: 5, maxLength: 5 }),
    aliases: fc.array(fc.array(alias, { maxLength: 3 }), { minLength: 5, maxLength: 5 }),
    descriptions: fc.array(fc.option(text(1000), { nil: undefined }), { minLength: 5, maxLength: 5 }),
    events: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        date,
        score: fc.double({ min: -10, max: 10, noNaN: true }),
        summary: text(600),
        rationale: fc.option(text(600), { nil: undefined }),
        count: fc.option(fc.oneof(fc.integer({ min: 2, max: 99 }), fc.constantFrom(10 ** 15, 2 ** 53 - 1)), {
          nil: undefined,
        }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ actorIds, labels, aliases, descriptions, events }): Dataset => ({
    meta: { name: 'Random' },
    sources: [{ id: 'src', title: 'src' }],
    ties: [],
    actors: actorIds.map((aid, i) => ({
      id: aid,
      kind: 'country',
      labels: [{ label: labels[i] }],
      aliases: aliases[i],
      ...(descriptions[i] ? { description: descriptions[i] } : {}),
    })),
    events:
      actorIds.length < 2
        ? []
        : events.map((e, i) => ({
            id: `ev-${i}`,
            date: e.date,
            source: actorIds[e.a % actorIds.length],
            target: actorIds[(e.a + 1 + (e.b % (actorIds.length - 1))) % actorIds.length],
            cameo: '042',
            score: e.score,
            summary: e.summary,
            ...(e.rationale ? { rationale: e.rationale } : {}),
            ...(e.count ? { count: e.count } : {}),
            citations: [{ source: 'src', line: 1 }],
          })),
  }));

describe('the CSV pair round trip is exact (issue 21, case 7)', () => {
  it('an alias with "|", whitespace at the ends, a count of 10^15 and more come back as they were', () => {
    const ds: Dataset = {
      meta: { name: 'x' },
      sources: [{ id: 'src', title: 'src' }],
      ties: [],
      actors: [
        {
          id: 'us',
          kind: 'country',
          labels: [{ label: '\u00a0United States\t' }],
          aliases: ['US|UK', ' USA'],
        },
        { id: 'uk', kind: 'country', labels: [{ label: 'UK\r' }], aliases: [] },
      ],
      events: [
        {
          id: 'e1',
          date: '1995-01-01',
          source: 'us',
          target: 'uk',
          cameo: '042',
          score: 1,
          summary: ' Talks held, ceasefire agreed ',
          count: 10 ** 15,
          citations: [{ source: 'src', line: 2 }],
        },
      ],
    };
    const back = reimportPair(ds);
    expect(back.actors).toEqual(ds.actors);
    expect(back.events).toEqual(ds.events);
  });

  it('the empty dataset exports to a pair that imports back as the empty dataset', () => {
    const empty: Dataset = { meta: { name: 'Empty' }, sources: [], ties: [], actors: [], events: [] };
    const back = reimportPair(empty);
    expect(back.actors).toEqual([]);
    expect(back.events).toEqual([]);
  });

  it('export then import gives the same actors and events, for random datasets', () => {
    fc.assert(
      fc.property(datasets, (ds) => {
        const valid = datasetOf(importFiles([{ name: 'r.json', text: JSON.stringify(ds) }]));
        const back = reimportPair(valid);
        expect(back.actors).toEqual(valid.actors);
        expect(back.events).toEqual(valid.events);
      }),
      { numRuns: 150 },
    );
  });
});
