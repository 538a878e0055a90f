import { describe, expect, it } from 'vitest';
import { importFiles, MAX_IMPORT_BYTES } from '../../../src/model/import';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne, issuesOf, pair } from './helpers';

const mini = () => JSON.parse(MINI_JSON) as Record<string, unknown> & { events: Record<string, unknown>[] };

describe('each class of bad input is refused with its place', () => {
  it('bad JSON names line and column', () => {
    const [issue] = issuesOf(importOne('bad.json', '{\n  "meta": {"name": "x"},\n  "actors": [,]\n}'));
    expect(issue).toMatchObject({
      file: 'bad.json',
      line: 3,
      column: 14,
      path: 'bad.json:3:14',
      severity: 'error',
    });
    expect(issue.message).toMatch(/invalid JSON/);
    expect(issue.expected).toBe('a value');
  });

  it('truncated JSON points at the end', () => {
    const [issue] = issuesOf(importOne('cut.json', MINI_JSON.slice(0, 200)));
    expect(issue.line).toBeGreaterThan(0);
    expect(issue.column).toBeGreaterThan(0);
  });

  it('a wrong type names the JSON path, line, field and expected type', () => {
    const data = mini();
    data.events[2].score = 'high';
    const text = JSON.stringify(data, null, 2);
    const [issue] = issuesOf(importOne('d.json', text));
    expect(issue).toMatchObject({ path: '$.events[2].score', field: 'score', expected: 'number' });
    expect(text.split('\n')[issue.line! - 1]).toContain('"score": "high"');
  });

  it('an unknown actor id is an error, in JSON and in a CSV pair', () => {
    const data = mini();
    data.events[0].target = 'atlantis';
    const [json] = issuesOf(importOne('d.json', JSON.stringify(data)));
    expect(json).toMatchObject({ path: '$.events[0].target', field: 'target' });
    expect(json.message).toContain('unknown actor id "atlantis"');

    const [csv] = issuesOf(pair(ACTORS_CSV, EVENTS_CSV.replace('pakistan,russia', 'pakistan,atlantis')));
    expect(csv).toMatchObject({ file: 'events.csv', line: 2, field: 'target', path: 'events.csv:2' });
    expect(csv.expected).toBe('the id of an actor in this dataset');
  });

  it('a bad date is refused with file, line and column name', () => {
    const [issue] = issuesOf(pair(ACTORS_CSV, EVENTS_CSV.replace('2003-02-05', '2003-02-30')));
    expect(issue).toMatchObject({ file: 'events.csv', line: 3, field: 'date' });
    expect(issue.expected).toMatch(/YYYY-MM-DD/);
    const data = mini();
    data.events[1].date = '1960-13';
    expect(issuesOf(importOne('d.json', JSON.stringify(data)))[0]).toMatchObject({
      path: '$.events[1].date',
    });
  });

  it('a duplicate id is refused', () => {
    const [issue] = issuesOf(pair(ACTORS_CSV, EVENTS_CSV.replace('ev-2,', 'ev-1,')));
    expect(issue).toMatchObject({ file: 'events.csv', line: 3, field: 'id' });
    expect(issue.message).toContain('duplicate id "ev-1"');
    const actors = `${ACTORS_CSV}russia,group,Russia again,\n`;
    expect(issuesOf(pair(actors, EVENTS_CSV))[0]).toMatchObject({ file: 'actors.csv', line: 4, field: 'id' });
  });

  it('a score out of range: an error in JSON, clamped with a warning in a table', () => {
    const data = mini();
    data.events[0].score = 12;
    expect(issuesOf(importOne('d.json', JSON.stringify(data)))[0]).toMatchObject({ field: 'score' });
    const result = pair(ACTORS_CSV, EVENTS_CSV.replace(',8,', ',14,'));
    expect(datasetOf(result).events[1].score).toBe(10);
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'events.csv', line: 3, field: 'score' }),
    ]);
  });

  it('a missing column is named', () => {
    const [issue] = issuesOf(pair(ACTORS_CSV, 'id,date,source,target,score\nx,2003,russia,pakistan,1\n'));
    expect(issue).toMatchObject({
      file: 'events.csv',
      line: 1,
      field: 'cameo',
      message: 'missing column "cameo"',
    });
  });

  it('an empty file is refused', () => {
    expect(issuesOf(importOne('empty.csv', ''))[0]).toMatchObject({
      file: 'empty.csv',
      message: 'the file is empty',
    });
    expect(issuesOf(importOne('blank.json', ' \n\t\n'))[0].message).toBe('the file is empty');
  });

  it('an oversized file is refused before parsing, with the limit in the message', () => {
    const text = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    const [issue] = issuesOf(importOne('huge.csv', text));
    expect(issue.message).toMatch(
      /too large: [\d,]+ bytes \(\d+\.\d MB\); the limit is 52,428,800 bytes \(50\.0 MB\)/,
    );
  });

  it('an unknown format and bad combinations are explained', () => {
    expect(issuesOf(importOne('notes.md', 'hello world'))[0].message).toBe('unrecognised file format');
    expect(issuesOf(importOne('actors.csv', ACTORS_CSV))[0].message).toMatch(/needs an events file/);
    const both = importFiles([
      { name: 'a.json', text: MINI_JSON },
      { name: 'events.csv', text: EVENTS_CSV },
    ]);
    expect(issuesOf(both)[0].message).toMatch(/on its own/);
  });

  it('an unknown CAMEO code loads with a warning', () => {
    const result = pair(ACTORS_CSV, EVENTS_CSV.replace(',042,', ',0499,'));
    expect(datasetOf(result).events[0].cameo).toBe('0499');
    expect(result.ok && result.warnings[0]).toMatchObject({ field: 'cameo', line: 2, severity: 'warning' });
  });

  it('an unterminated quote names its line', () => {
    const [issue] = issuesOf(pair(ACTORS_CSV, `${EVENTS_CSV}ev-3,2003,russia,pakistan,04,1,"unclosed\n`));
    expect(issue).toMatchObject({ file: 'events.csv', line: 4 });
    expect(issue.expected).toMatch(/closing double quote/);
  });

  it('long issue lists are capped with a count', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `e${i},not-a-date,russia,pakistan,04,1,x`).join('\n');
    const issues = issuesOf(pair(ACTORS_CSV, `id,date,source,target,cameo,score,summary\n${rows}\n`));
    expect(issues).toHaveLength(201);
    expect(issues[200].message).toBe('300 more problem(s) not listed; fix the ones above first');
  });
});
