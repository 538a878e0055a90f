import { describe, expect, it } from 'vitest';
import { checkSize, decodeFile, importFiles, MAX_IMPORT_BYTES } from '../../../src/model/import';
import { MAX_JSON_DEPTH } from '../../../src/model/import/safe-json';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne, issuesOf } from './helpers';

const pair = (actors: string, events: string) =>
  importFiles([
    { name: 'actors.csv', text: actors },
    { name: 'events.csv', text: events },
  ]);

describe('hostile input found by the probe', () => {
  it('10,000 unclosed [ are refused as too deep, with the position, not a stack overflow', () => {
    const [issue] = issuesOf(importOne('deep.json', '['.repeat(10_000)));
    expect(issue.message).toBe(
      `JSON nesting deeper than ${MAX_JSON_DEPTH} at position ${MAX_JSON_DEPTH + 1}`,
    );
    expect(issue).toMatchObject({ line: 1, column: MAX_JSON_DEPTH + 1 });
    const [objects] = issuesOf(importOne('deep.json', `{"a":${'{"b":'.repeat(5000)}1`));
    expect(objects.message).toMatch(/^JSON nesting deeper than 64 at position \d+$/);
  });

  it('brackets inside strings do not count as nesting', () => {
    const data = JSON.parse(MINI_JSON) as { meta: { description?: string } };
    data.meta.description = `${'['.repeat(500)} "quoted \\" [[[`;
    datasetOf(importOne('strings.json', JSON.stringify(data)));
  });

  it('a JSON syntax error stays on one line even when the file around it has line breaks', () => {
    const [issue] = issuesOf(importOne('broken.json', '{\n "meta": "a\nb\r\nc\u2028d" \n}'));
    expect(issue.message).not.toMatch(/[\n\r\u2028]/);
    expect(issue.message).toMatch(/^invalid JSON: /);
  });

  it.each(['0x0A', '0b11', '1e1', 'Infinity', '0o7', '1_000'])(
    'the score %s is refused: only decimal numbers',
    (score) => {
      const events = `id,date,source,target,cameo,score,summary\nev-1,2003-02-04,pakistan,russia,042,${score},Visit\n`;
      const [issue] = issuesOf(pair(ACTORS_CSV, events));
      expect(issue).toMatchObject({ file: 'events.csv', line: 2, field: 'score' });
      expect(issue.message).toBe(`not a decimal number: "${score}"`);
    },
  );

  it.each(['-3', '+2.5', '.5', '7.', ' 4 '])('the score %j is a decimal number and loads', (score) => {
    const events = `id,date,source,target,cameo,score,summary\nev-1,2003-02-04,pakistan,russia,042,${score},Visit\n`;
    expect(datasetOf(pair(ACTORS_CSV, events)).events[0].score).toBe(Number(score));
  });

  it('a 200,000-character label is cut with a warning naming the column, as IMPORT.md says', () => {
    const long = 'L'.repeat(200_000);
    const result = pair(
      `id,kind,label,description\nrussia,country,${long},${long}\npakistan,country,Pakistan,\n`,
      EVENTS_CSV,
    );
    const dataset = datasetOf(result);
    const russia = dataset.actors.find((a) => a.id === 'russia')!;
    expect(russia.labels[0].label).toHaveLength(120);
    expect(russia.labels[0].label.endsWith('…')).toBe(true);
    expect(russia.description).toHaveLength(1000);
    if (!result.ok) return;
    const messages = result.warnings.map((w) => `${w.path} ${w.message}`);
    expect(messages).toContain(
      'actors.csv:2 text in column "label" is longer than 120 characters and was cut',
    );
    expect(messages).toContain(
      'actors.csv:2 text in column "description" is longer than 1000 characters and was cut',
    );
  });

  it('a file one byte over the limit says so in exact bytes', () => {
    const issue = checkSize('big.json', MAX_IMPORT_BYTES + 1)!;
    expect(issue.message).toBe(
      'file is too large: 52,428,801 bytes (50.0 MB); the limit is 52,428,800 bytes (50.0 MB)',
    );
  });

  it('bytes are decoded as UTF-8 (BOM dropped) or, failing that, as Windows-1252 with a warning', () => {
    const bom = decodeFile('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(MINI_JSON)]));
    expect(bom.text).toBe(MINI_JSON);
    expect(bom.notices).toBeUndefined();
    datasetOf(importFiles([bom]));
    const latin = decodeFile(
      'a.csv',
      new Uint8Array(Buffer.from('id,label\nx,ok\ny,Fran\u00e7ois\n', 'latin1')),
    );
    expect(latin.text).toContain('François');
    expect(latin.notices).toMatchObject([
      {
        file: 'a.csv',
        line: 3,
        severity: 'warning',
        message: 'the file is not UTF-8; it was read as Windows-1252 (Latin-1)',
      },
    ]);
    const cp1252 = decodeFile('b.csv', new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x80]));
    expect(cp1252.text).toBe('\u201chi\u201d\u20ac');
  });

  it('the reading notice travels with the imported dataset', () => {
    const actors = decodeFile(
      'actors.csv',
      new Uint8Array(Buffer.from(ACTORS_CSV.replace('Russia', 'Russie \u00e9'), 'latin1')),
    );
    const result = importFiles([actors, { name: 'events.csv', text: EVENTS_CSV }]);
    expect(result.ok && result.warnings[0].message).toMatch(/not UTF-8/);
  });
});
