import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../../src/cli/dataset-file';
import { gunzipText } from '../../../src/model/import';
import { JsonRowWatch, type ListLimits } from '../../../src/model/import/json-rows';
import { runImportTask } from '../../../src/workers/import-task';
import { MINI_JSON, datasetOf, issuesOf } from './helpers';

const EVENT = '{"date":"1995-01-01","source":"aa","target":"bb","cameo":"04"}';
/** A JSON dataset of `n` tiny events: 600,000 of them are 38 MB of text and a gzip of about 110 KB. */
const bombText = (n: number) =>
  `{"meta":{"name":"bomb"},"actors":[],"events":[${Array<string>(n).fill(EVENT).join(',')}]}`;

/** The watch's verdict on a text cut into pieces at the given places. */
function verdict(text: string, cuts: number[], limits: Partial<ListLimits>) {
  const watch = new JsonRowWatch('t.json', limits);
  const ends = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const end of [...ends, text.length]) {
    const found = watch.push(text.slice(from, end));
    if (found) return found.message;
    from = end;
  }
  return null;
}

let packedBomb: Buffer | undefined;
const bomb = () => (packedBomb ??= gzipSync(bombText(600_000)));

const SMALL: ListLimits = { events: 3, actors: 2, other: 4 };
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(0, -1.5, true, null, '', 'a,b]', '"}{[', '\\', 'x\\"y'),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('k', 'events', '[', '"q"'), tie('any'), { maxKeys: 3 }),
  ),
})).any;

describe('JSON datasets counted while read (issue 21: gzip JSON bombs)', () => {
  it('flags exactly the datasets with a top-level list over its limit, wherever the text is cut', () => {
    const lists = fc.record({
      events: fc.array(value, { maxLength: 6 }),
      actors: fc.array(value, { maxLength: 5 }),
      ties: fc.array(value, { maxLength: 7 }),
      meta: fc.dictionary(fc.string({ maxLength: 3 }), fc.array(value, { maxLength: 9 })),
    });
    fc.assert(
      fc.property(lists, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (ds, cuts, pretty) => {
        const text = JSON.stringify(ds, null, pretty ? 2 : undefined);
        const over =
          ds.events.length > SMALL.events ? 'events' : ds.actors.length > SMALL.actors ? 'actors' : null;
        const found = verdict(text, cuts, SMALL);
        if (ds.ties.length > SMALL.other || over) expect(found).toMatch(/the dataset has more than \d/);
        else expect(found).toBeNull();
        if (over && ds.ties.length <= SMALL.other) expect(found).toContain(over);
      }),
      { numRuns: 300 },
    );
  });

  it('names the limit and the list, and ignores what is not a dataset object', () => {
    expect(verdict(bombText(4), [], SMALL)).toBe('the dataset has more than 3 events; the limit is 3');
    expect(verdict('{"ties":[1,2,3,4,5]}', [], SMALL)).toMatch(/more than 4 items in "ties"/);
    expect(verdict('[1,2,3,4,5,6,7]', [], SMALL)).toBeNull();
    expect(verdict(MINI_JSON, [], SMALL)).toMatch(/more than 2 actors/);
    expect(new JsonRowWatch('m.json').push(MINI_JSON)).toBeNull();
  });

  it('stops unpacking a small gzip of 600,000 events in the app after the first 500,001', async () => {
    const packed = bomb();
    const stream = new Blob([packed as BlobPart]).stream();
    const result = await gunzipText(stream, 'bomb.json.gz');
    expect(!result.ok && result.issues[0]).toMatchObject({
      file: 'bomb.json.gz',
      message: 'the dataset has more than 500,000 events; the limit is 500,000',
      expected: expect.stringContaining('MAX_EVENTS'),
    });
    // "More than": counted while unpacking. Parsed whole, it was "the dataset has 600,000 events".
    const inApp = await runImportTask([new File([packed as BlobPart], 'bomb.json.gz')]);
    expect(issuesOf(inApp)[0].message).toMatch(/more than 500,000 events/);
  });

  it('refuses the same gzip in the CLI reader before parsing, and still reads a valid .json.gz', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-json-rows-'));
    writeFileSync(join(dir, 'bomb.json.gz'), bomb());
    const issue = issuesOf(loadDatasetFiles(join(dir, 'bomb.json.gz')))[0];
    expect(issue.message).toBe('the dataset has more than 500,000 events; the limit is 500,000');
    writeFileSync(join(dir, 'mini.json.gz'), gzipSync(MINI_JSON));
    expect(datasetOf(loadDatasetFiles(join(dir, 'mini.json.gz'))).actors).toHaveLength(7);
  });
});
