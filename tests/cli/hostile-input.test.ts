import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Each test starts one or two Node processes; on a shared 2-core machine one takes 10-25 s.
const SLOW = 90_000;
import { FIXTURE, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-'));
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  actors: { id: string; labels: { label: string }[] }[];
  events: { summary: string; date: string }[];
};

function fileWith(name: string, body: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

describe('the CLIs and hostile input', () => {
  test(
    'a UTF-8 JSON file with a byte-order mark is accepted, as the app accepts it',
    () => {
      const path = fileWith('bom.json', `\uFEFF${readFileSync(FIXTURE, 'utf8')}`);
      const r = runCli('validate', ['--dataset', path]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/valid/);
    },
    SLOW,
  );

  test(
    'a Latin-1 CSV is read as Windows-1252 with a warning naming the file and line',
    () => {
      const actors = Buffer.from(
        'id,kind,label\nrussia,country,Fédération de Russie\npakistan,country,Pakistan\n',
        'latin1',
      );
      const events = Buffer.from(
        'id,date,source,target,cameo,score,summary\nev-1,2003-02-04,pakistan,russia,042,1.9,"Visite à Moscou, très réussie"\n',
        'latin1',
      );
      const spec = ['--dataset', fileWith('actors.csv', actors), '--dataset', fileWith('events.csv', events)];
      const r = runCli('snapshot', ['--at', '2003-02-04', ...spec, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Fédération de Russie');
      const v = runCli('validate', spec);
      expect(v.stderr).toMatch(/actors\.csv:2.*not UTF-8; it was read as Windows-1252/);
      expect(v.stderr).toMatch(/events\.csv:2.*not UTF-8/);
      expect(v.stderr).not.toContain('\uFFFD');
    },
    SLOW,
  );

  test(
    'control characters from the data never reach the terminal raw',
    () => {
      const hostile = structuredClone(fixture);
      hostile.actors[0].labels[0].label = 'Evil\u001b]0;pwned\u0007\u009b31m\rName';
      hostile.events[0].summary = 'clear\u001b[2J screen\u202e';
      const path = fileWith('controls.json', JSON.stringify(hostile));
      const diff = runCli('diff', ['--from', '1950', '--to', '2004', '--format', 'text', '--dataset', path]);
      expect(diff.code).toBe(0);
      expect(diff.stdout).not.toMatch(RAW_CONTROL);
      expect(diff.stdout).not.toContain('\u202e');
      // An error message that quotes its input stays one escaped line.
      const v = runCli('validate', ['--dataset', join(dir, 'no\u001b[31mfile\n.json')]);
      expect(v.code).not.toBe(0);
      expect(v.stderr).not.toMatch(RAW_CONTROL);
      expect(v.stderr).toContain('no\\x1b[31mfile\\x0a.json');
      expect(v.stderr.trim().split('\n')).toHaveLength(1);
    },
    SLOW,
  );

  test(
    'dates before year 100 are not read as 19xx, and dates outside the span are refused',
    () => {
      const r = runCli('snapshot', ['--at', '0071-12-03', '--dataset', FIXTURE]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/--at "0071-12-03" is outside the dataset's span, 1947-01-01 to/);
    },
    SLOW,
  );

  test(
    'reversed diff dates are refused with a clear error',
    () => {
      const r = runCli('diff', ['--from', '1972-01-01', '--to', '1969-01-01', '--dataset', FIXTURE]);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(
        'error: --from 1972-01-01 is after --to 1969-01-01; give the earlier date as --from',
      );
    },
    SLOW,
  );
});
