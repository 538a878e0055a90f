import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFile, formatImportIssue, gunzipText, importFiles } from '../../../src/model/import';
import { MAX_TABLE_ROWS } from '../../../src/model/import/limits';
import { parseTable } from '../../../src/model/import/table';
import { ACTORS_CSV, MINI_JSON, datasetOf, importOne, issuesOf } from './helpers';

const pair = (actors: string, events: string) =>
  importFiles([
    { name: 'actors.csv', text: actors },
    { name: 'events.csv', text: events },
  ]);
const lines = (result: ReturnType<typeof importFiles>) =>
  (result.ok ? result.warnings : result.issues).map(formatImportIssue);

describe('every accepted value is usable (issue 21)', () => {
  it('case 5: a cell past the header is an error naming file, line and column, not dropped', () => {
    const header = 'date,source,target,cameo,score,summary\n';
    const r = pair(ACTORS_CSV, `${header}1995-01-01,russia,pakistan,04,3,Talks held, ceasefire agreed\n`);
    expect(lines(r)).toEqual([
      expect.stringMatching(
        /^error at events\.csv:2:7: row has 7 cells but the header names 6 columns; cell 7 is "ceasefire agreed" \(expected 6 cells: put text that contains the delimiter in double quotes/,
      ),
    ]);
    // Quoted, the same text is one cell and loads whole.
    const quoted = pair(
      ACTORS_CSV,
      `${header}1995-01-01,russia,pakistan,04,3,"Talks held, ceasefire agreed"\n`,
    );
    expect(datasetOf(quoted).events[0].summary).toBe('Talks held, ceasefire agreed');
  });

  it('case 5: a column named twice is an error naming both places', () => {
    const r = pair(ACTORS_CSV, 'date,source,target,cameo,Date\n1995-01-01,russia,pakistan,04,1996\n');
    expect(lines(r)).toEqual([
      expect.stringContaining(
        'error at events.csv:1:5 [Date]: column "Date" appears twice in the header (columns 1 and 5)',
      ),
    ]);
  });

  it('case 9: an impossible time is refused, a real one is read as its day', () => {
    const events = (d: string) => `date,source,target,cameo\n${d},russia,pakistan,04\n`;
    expect(lines(pair(ACTORS_CSV, events('1995-01-01T25:61:00Z')))[0]).toMatch(
      /^error at events\.csv:2 \[date\]: not a date: "1995-01-01T25:61:00Z"/,
    );
    expect(datasetOf(pair(ACTORS_CSV, events('1995-01-01T23:59:00Z'))).events[0].date).toBe('1995-01-01');
  });

  it('case 8: dates outside meta.span load with a warning naming each kind of place', () => {
    const ds = JSON.parse(MINI_JSON);
    ds.meta.span = { from: '1960', to: '2010' };
    ds.meta.openAt = '1950-01-01';
    ds.events[0].date = '1955-03-01';
    ds.actors[0].exists = { from: '2011', to: '2012' };
    ds.chapters = [
      { id: 'c', title: 'Early', at: '1940', caption: 'Too early.', citations: ds.events[1].citations },
    ];
    const warnings = lines(importOne('span.json', JSON.stringify(ds)));
    for (const place of ['$.events[0].date', '$.actors[0].exists', '$.chapters[0]', '$.meta.openAt'])
      expect(warnings.join('\n')).toMatch(
        new RegExp(
          `${place.replace(/[[\].$]/g, '\\$&')}.*: .* is outside the dataset's span \\(meta\\.span, 1960 to 2010\\) and can never be shown`,
        ),
      );
  });

  it('case 10: an empty label names the CSV file, line and column in plain words', () => {
    const r = pair(
      'id,label\nrussia,\npakistan,Pakistan\n',
      'date,source,target,cameo\n1995,russia,pakistan,04\n',
    );
    expect(lines(r)[0]).toBe(
      'error at actors.csv:2 [label]: the label cell is empty (expected the name shown for the actor)',
    );
  });

  it('case 10: UTF-16 without a byte-order mark is recognised, named and read', () => {
    const text = 'date,source,target,cameo\n1995,Russia,Pakistan,04\n';
    const le = decodeFile('events.csv', new Uint8Array(Buffer.from(text, 'utf16le')));
    expect(le.text).toBe(text);
    expect(le.notices?.[0].message).toMatch(/UTF-16 \(little-endian\) without a byte-order mark/);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeFile('events.csv', new Uint8Array(be)).notices?.[0].message).toMatch(/big-endian/);
    const r = importFiles([le]);
    expect(datasetOf(r).events).toHaveLength(1);
  });

  it('case 10: a double gzip is named as such, not quoted as binary', async () => {
    const twice = gzipSync(gzipSync(MINI_JSON));
    const r = await gunzipText(new Blob([twice]).stream(), 'mini.json.gz.gz');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0].message).toBe('the file is gzip-compressed twice (a .gz inside a .gz)');
  });

  it('case 3: a table is stopped at the row limit while it is parsed, with an error naming the limit', () => {
    const small = 'date,source,target,cameo\n' + '1995-01-01,aa,bb,04\n'.repeat(12);
    const t = parseTable(small, 'bomb.csv', '', undefined, 10);
    expect(t.rows.length).toBe(11);
    expect(formatImportIssue(t.issues[0])).toMatch(
      /^error at bomb\.csv:12: the table has more than 10 rows \(expected at most 10 rows \(MAX_TABLE_ROWS\)/,
    );
    expect(MAX_TABLE_ROWS).toBeGreaterThanOrEqual(100_000);
  });

  it('case 3: a JSON dataset with more events than the limit is refused before validation', () => {
    const ds = JSON.parse(MINI_JSON);
    // Counted before validation, so even empty objects are counted (and refused) without checking each.
    ds.events = Array.from({ length: 500_001 }, () => ({}));
    const big = importFiles([{ name: 'big.json', text: JSON.stringify(ds) }], undefined, {
      maxBytes: Infinity,
    });
    expect(issuesOf(big)[0].message).toBe('the dataset has 500,001 events; the limit is 500,000');
  });
});
