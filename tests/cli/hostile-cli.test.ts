import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { FIXTURE, runCli } from './run-cli';
import { syntheticDataset } from '../../src/model/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-cli-'));
const SLOW = 60_000;

/** One line on stderr, no V8 stack frames ("    at …"), a non-zero exit. */
function expectOneLineError(r: ReturnType<typeof runCli>) {
  expect(r.code).not.toBe(0);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^error: /);
}

describe('the CLIs and hostile files (issue 21)', () => {
  test(
    'case 3: a small gzip holding 600,000 rows is stopped at the row limit with one clear line',
    () => {
      const rows = '1995-01-01,aa,bb,04\n'.repeat(600_000);
      const path = join(dir, 'bomb.csv.gz');
      writeFileSync(path, gzipSync(`date,source,target,cameo\n${rows}`));
      const r = runCli('snapshot', ['--at', '1995', '--dataset', path]);
      expectOneLineError(r);
      expect(r.stderr).toMatch(/the table has more than 500,000 rows .*MAX_TABLE_ROWS/);
    },
    SLOW,
  );

  test(
    'case 3: a small gzip of a JSON dataset with 600,000 events is refused while it unpacks, in one line',
    () => {
      const event = '{"date":"1995-01-01","source":"aa","target":"bb","cameo":"04"}';
      const path = join(dir, 'bomb.json.gz');
      writeFileSync(
        path,
        gzipSync(`{"actors":[],"events":[${Array<string>(600_000).fill(event).join(',')}]}`),
      );
      const r = runCli('validate', ['--dataset', path]);
      expectOneLineError(r);
      // "More than": counted while unpacking, before any parsing ("has 600,000 events" when parsed whole).
      expect(r.stderr).toMatch(/the dataset has more than 500,000 events; the limit is 500,000 .*MAX_EVENTS/);
    },
    SLOW,
  );

  test(
    'case 4: snapshot of a dataset above the pairwise-layout size prints, in a pictured and a dynamic format',
    () => {
      // The 100,000-actor figure for every format is in `npm run bench -- --only cli`.
      const ds = syntheticDataset({ seed: 3, actors: 800, pairs: 1600, events: 1600 });
      const path = join(dir, 'big.json');
      writeFileSync(path, JSON.stringify(ds));
      for (const format of ['svg', 'gexf-dynamic']) {
        const out = join(dir, `big-${format}`);
        const r = runCli('snapshot', ['--at', '1990', '--dataset', path, '--format', format, '--out', out]);
        expect(r.stderr).toMatch(/^wrote /);
        expect(r.code).toBe(0);
      }
    },
    SLOW,
  );

  test('case 11: --dataset once per file; a comma is part of a name; other repeats are refused', () => {
    const commaDir = join(dir, 'with,comma');
    mkdirSync(commaDir);
    const named = join(commaDir, 'a,b.json');
    copyFileSync(FIXTURE, named);
    const ok = runCli('validate', ['--dataset', named]);
    expect(ok.stdout).toMatch(/valid — 7 actors/);
    expect(ok.code).toBe(0);

    const split = runCli('validate', ['--dataset', `${FIXTURE},${FIXTURE}`]);
    expectOneLineError(split);
    expect(split.stderr).toMatch(/ENOENT \(several files are given as one --dataset each/);

    const twice = runCli('snapshot', ['--at', '1971', '--at', '1972', '--dataset', FIXTURE]);
    expectOneLineError(twice);
    expect(twice.stderr).toContain('error: --at is given more than once');

    const pair = runCli('validate', ['--dataset', FIXTURE, '--dataset', FIXTURE]);
    expectOneLineError(pair);
    expect(pair.stderr).toMatch(/a JSON dataset must be imported on its own/);
  });

  test('case 11: special files are refused by their type, not their size', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const cases: [string, string][] = [
      ['/dev/zero', 'it is a device, not a file'],
      [fifo, 'it is a pipe (FIFO), not a file'],
      [dir, 'it is a directory, not a file'],
    ];
    for (const [path, why] of cases) {
      const r = runCli('validate', ['--dataset', path]);
      expectOneLineError(r);
      expect(r.stderr).toContain(`error: cannot read dataset ${path}: ${why}`);
    }
  });
});
