import { describe, expect, it } from 'vitest';
import { detectFormat, importFiles } from '../../../src/model/import';
import { GDELT, ICEWS, datasetOf, importOne, issuesOf } from './helpers';

describe('ICEWS event files', () => {
  it('are detected and mapped: actors from names, score = Intensity, citation = file and line', () => {
    expect(detectFormat({ name: 'events.2003.tab', text: ICEWS })).toBe('icews');
    const result = importOne('events.2003.tab', ICEWS);
    const ds = datasetOf(result);
    expect(ds.actors.map((a) => [a.id, a.kind, a.labels[0].label])).toEqual([
      ['pakistan', 'country', 'Pakistan'],
      ['russia', 'country', 'Russia'],
      ['vladimir-putin', 'group', 'Vladimir Putin'],
    ]);
    expect(ds.events[1]).toEqual({
      id: 'icews-926686',
      date: '2003-02-05',
      source: 'vladimir-putin',
      target: 'pakistan',
      cameo: '057',
      score: 8,
      summary: 'Sign formal agreement',
      citations: [{ source: 'events-2003-tab', line: 3 }],
    });
    expect(ds.sources).toEqual([{ id: 'events-2003-tab', title: 'events.2003.tab', kind: 'import' }]);
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'Target Name',
        message: 'row skipped: no source or no target actor',
      }),
    ]);
  });
});

describe('GDELT event files', () => {
  it('are detected without a header and mapped from fixed columns (1.0 and 2.0 rows)', () => {
    expect(detectFormat({ name: '20121004.export.CSV', text: GDELT })).toBe('gdelt');
    const result = importOne('20121004.export.CSV', GDELT);
    const ds = datasetOf(result);
    expect(ds.actors.map((a) => [a.id, a.kind, a.labels[0].label])).toEqual([
      ['pak', 'country', 'Pakistan'],
      ['rus', 'country', 'Russia'],
      ['rusgov', 'group', 'Russia'],
    ]);
    expect(ds.events).toHaveLength(2);
    expect(ds.events[0]).toMatchObject({ id: 'gdelt-1001', date: '2012-10-04', cameo: '036', score: 4 });
    expect(ds.events[0].summary).toBe('Pakistan → Russia: Express intent to meet or negotiate');
    expect(ds.events[0].citations[0]).toEqual({
      source: '20121004-export-csv',
      line: 1,
      note: 'https://example.org/story',
    });
    const messages = result.ok ? result.warnings.map((w) => w.message) : [];
    expect(messages).toEqual([
      'CAMEO code "0233" is not in the codebook',
      'row skipped: no source or no target actor',
      'row skipped: source and target are the same actor',
    ]);
  });

  it('a row with the wrong column count is an error with its line', () => {
    const text = `${GDELT}\n1005\t20121007\tUSA`;
    expect(issuesOf(importOne('g.csv', text))[0]).toMatchObject({ file: 'g.csv', line: 5 });
  });
});

describe('generic event CSVs', () => {
  it('read GDELT-style and plain column names; score defaults to the CAMEO Goldstein value', () => {
    const text =
      'Day;Actor1Name;Actor2Name;EventCode;GoldsteinScale\n20030204;Pakistan;Russia;42;\n2003-02;Russia;NATO;163;-8\n';
    const ds = datasetOf(importOne('mine.csv', text));
    expect(ds.events.map((e) => [e.date, e.source, e.target, e.cameo, e.score])).toEqual([
      ['2003-02-04', 'pakistan', 'russia', '042', 1.9],
      ['2003-02', 'russia', 'nato', '163', -8],
    ]);
    expect(ds.meta.name).toBe('mine');
  });

  it('merge several tables into one set of actors', () => {
    const a = 'date,source,target,cameo\n2001,Russia,Pakistan,04\n';
    const b = 'date,source,target,cameo\n2002,RUSSIA,India,05\n';
    const ds = datasetOf(
      importFiles([
        { name: 'a.csv', text: a },
        { name: 'b.csv', text: b },
      ]),
    );
    expect(ds.actors.map((a) => a.id)).toEqual(['russia', 'pakistan', 'india']);
    expect(ds.events.map((e) => e.citations[0].source)).toEqual(['a-csv', 'b-csv']);
  });

  it('a non-numeric score names its column', () => {
    const text = 'date,source,target,cameo,goldstein\n2001,Russia,Pakistan,04,high\n';
    expect(issuesOf(importOne('s.csv', text))[0]).toMatchObject({
      line: 2,
      field: 'goldstein',
      expected: 'a decimal number from -10 to 10, such as -2.5 (no hex, binary or exponents)',
    });
  });

  it('a table whose rows all lack a second actor is refused', () => {
    expect(issuesOf(importOne('s.csv', 'date,source,target,cameo\n2001,Russia,,04\n'))[0].message).toBe(
      'no events could be read',
    );
  });
});
