import { describe, expect, it } from 'vitest';
import { exportCsvPair, importFiles } from '../../../src/model/import';
import { datasetOf, importOne, issuesOf } from './helpers';

const MONTHLY = [
  'source\ttarget\tdate\tcameo\tscore\tcount\tepisode',
  'usa\trus\t1985-11\t04\t2.35\t312\t',
  'rus\tusa\t1985-11\t04\t1.9\t1\tgeneva-summit',
  'usa\tpak\t1985-12\t05\t3.1\t\t',
].join('\n');

describe('aggregated event tables (monthly means with row counts)', () => {
  it('keep how many rows each event stands for, and episode ids', () => {
    const ds = datasetOf(importOne('monthly.tsv', MONTHLY));
    expect(ds.events.map((e) => [e.source, e.target, e.date, e.score, e.count, e.episode])).toEqual([
      ['usa', 'rus', '1985-11', 2.35, 312, undefined],
      ['rus', 'usa', '1985-11', 1.9, undefined, 'geneva-summit'],
      ['usa', 'pak', '1985-12', 3.1, undefined, undefined],
    ]);
  });

  it.each(['0', '-3', '2.5', '1e3', '0x10', 'many'])(
    'refuse a row count of "%s", naming the place',
    (bad) => {
      const text = MONTHLY.replace('\t312\t', `\t${bad}\t`);
      expect(issuesOf(importOne('monthly.tsv', text))[0]).toMatchObject({
        file: 'monthly.tsv',
        line: 2,
        field: 'count',
        expected: 'a whole number, 1 or more',
      });
    },
  );

  it('round-trip through the CSV pair with their counts and episodes', () => {
    const ds = datasetOf(importOne('monthly.tsv', MONTHLY));
    const pair = exportCsvPair(ds);
    expect(pair['events.csv'].split('\n')[0]).toMatch(/,episode,count$/);
    const back = importFiles([
      { name: 'actors.csv', text: pair['actors.csv'] },
      { name: 'events.csv', text: pair['events.csv'] },
    ]);
    expect(datasetOf(back).events).toEqual(ds.events);
  });
});
