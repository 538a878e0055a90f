import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsvPair, exportDataset } from '../../../src/model/import';
import type { Dataset } from '../../../src/model';
import { MINI_JSON, datasetOf, importOne, reimportPair } from './helpers';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const plainText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
/** Text a spreadsheet would run as a formula, and text that already starts with an apostrophe. */
const formulaText = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', "'", "''", "'=", '=HYPERLINK("http://x","y")', '+cmd|'),
    plainText,
  )
  .map(([start, rest]) => `${start}${rest}`.trim());
const text = fc.oneof(plainText, formulaText);
const date = fc
  .record({
    y: fc.integer({ min: 1800, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    p: fc.integer({ min: 0, max: 2 }),
  })
  .map(
    ({ y, m, d, p }) =>
      [
        String(y),
        `${y}-${String(m).padStart(2, '0')}`,
        `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ][p],
  );

/** Random valid datasets: distinct ids, events between distinct actors, citations to a known source. */
const datasets = fc
  .record({
    actorIds: fc.uniqueArray(id, { minLength: 2, maxLength: 6 }),
    labels: fc.array(text, { minLength: 6, maxLength: 6 }),
    aliases: fc.array(
      fc.array(
        text.filter((s) => !s.includes('|')),
        { maxLength: 2 },
      ),
      { minLength: 6, maxLength: 6 },
    ),
    events: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        date,
        cameo: fc.constantFrom('01', '042', '057', '0871', '112', '190', '20'),
        score: fc.double({ min: -10, max: 10, noNaN: true }),
        summary: text,
        rationale: fc.option(text, { nil: undefined }),
        major: fc.option(fc.boolean(), { nil: undefined }),
        line: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ actorIds, labels, aliases, events }): Dataset => ({
    meta: { name: 'Random' },
    sources: [{ id: 'src', title: 'src' }],
    ties: [],
    actors: actorIds.map((aid, i) => ({
      id: aid,
      kind: 'country',
      labels: [{ label: labels[i] }],
      aliases: aliases[i],
    })),
    events: events.map((e, i) => {
      const source = actorIds[e.a % actorIds.length];
      const target = actorIds[(e.a + 1 + (e.b % (actorIds.length - 1))) % actorIds.length];
      return {
        id: `ev-${i}`,
        date: e.date,
        source,
        target,
        cameo: e.cameo,
        score: e.score,
        summary: e.summary,
        ...(e.rationale ? { rationale: e.rationale } : {}),
        ...(e.major !== undefined ? { major: e.major } : {}),
        citations: [e.line ? { source: 'src', line: e.line } : { source: 'src' }],
      };
    }),
  }));

describe('export re-imports to an identical dataset', () => {
  it('JSON: the fixture, byte for byte after a second export', () => {
    const ds = datasetOf(importOne('mini.json', MINI_JSON));
    const text = exportDataset(ds);
    const again = datasetOf(importOne('export.json', text));
    expect(again).toEqual(ds);
    expect(exportDataset(again)).toBe(text);
  });

  it('CSV pair: the fixture keeps its actors (with label periods) and events', () => {
    const ds = datasetOf(importOne('mini.json', MINI_JSON));
    const back = reimportPair(ds);
    expect(back.actors).toEqual(ds.actors);
    expect(back.events).toEqual(ds.events);
  });

  it('the bundled dataset, through JSON and through the CSV pair', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../data/entente.json'), 'utf8');
    const ds = datasetOf(importOne('entente.json', text));
    expect(datasetOf(importOne('export.json', exportDataset(ds)))).toEqual(ds);
    const back = reimportPair(ds);
    expect(back.actors).toEqual(ds.actors);
    expect(back.events).toEqual(ds.events);
  });

  it('JSON and CSV pair, for random datasets', () => {
    fc.assert(
      fc.property(datasets, (ds) => {
        const valid = datasetOf(importOne('r.json', JSON.stringify(ds)));
        expect(datasetOf(importOne('r.json', exportDataset(valid)))).toEqual(valid);
        const back = reimportPair(valid);
        expect(back.actors).toEqual(valid.actors);
        expect(back.events).toEqual(valid.events);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the dataset CSV pair is safe to open in a spreadsheet', () => {
  it('formula-like cells are written with a leading apostrophe and read back without it', () => {
    const data = JSON.parse(MINI_JSON) as Dataset;
    data.actors[0].labels[0].label = '=HYPERLINK("http://evil","click")';
    data.actors[0].aliases = ['@SUM(A1)'];
    data.events[0].summary = '+cmd|"/c calc"!A0';
    data.events[1].summary = "'quoted already";
    data.events[2].rationale = '-2+3';
    const files = exportCsvPair(data);
    expect(files['actors.csv']).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(files['actors.csv']).toContain("'@SUM(A1)");
    expect(files['events.csv']).toContain(`"'+cmd|""/c calc""!A0"`);
    expect(files['events.csv']).toContain("''quoted already");
    expect(files['events.csv']).not.toMatch(/(^|,)[=+@]/m);
    const back = reimportPair(data);
    expect(back.actors[0].labels[0].label).toBe('=HYPERLINK("http://evil","click")');
    expect(back.actors[0].aliases).toEqual(['@SUM(A1)']);
    expect(back.events[0].summary).toBe('+cmd|"/c calc"!A0');
    expect(back.events[1].summary).toBe("'quoted already");
    expect(back.events[2].rationale).toBe('-2+3');
  });

  it('scores are written in decimal notation, so tiny ones import back exactly', () => {
    const data = JSON.parse(MINI_JSON) as Dataset;
    data.events[0].score = 5e-324;
    data.events[1].score = -1.5e-7;
    const files = exportCsvPair(data);
    expect(files['events.csv']).not.toMatch(/\de-\d/);
    const back = reimportPair(data);
    expect(back.events[0].score).toBe(5e-324);
    expect(back.events[1].score).toBe(-1.5e-7);
  });
});
