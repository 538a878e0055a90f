import { describe, expect, test } from 'vitest';
import { FIXTURE, runCli } from './run-cli';

const run = (args: string[]) => runCli('diff', args);

describe('diff CLI', () => {
  test('prints the changes between two dates as JSON, each with its explaining events', () => {
    // Moscow was hostile to Islamabad just after the U-2 affair and friendly after the 2003 visit.
    const r = run(['--from', '1961-01-01', '--to', '2004-01-01', '--dataset', FIXTURE]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.from).toBe('1961-01-01');
    const flip = out.changes.find((c: { id: string }) => c.id === 'rel:pakistan~russia');
    expect(flip).toMatchObject({ kind: 'flipped', source: 'pakistan', target: 'russia' });
    expect(flip.events.map((e: { id: string }) => e.id)).toContain('ev-2003-agree');
    expect(out.summary.from).toMatchObject({ date: '1961-01-01', optimal: true });
    expect(out.counts.flipped).toBe(1);
  });

  test('prints a readable report with --format text', () => {
    const r = run(['--from', '1961-01-01', '--to', '2004', '--format', 'text', '--dataset', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/flipped\s+Pakistan - Russia/);
    expect(r.stdout).toMatch(/2003-02-05\s+\+8\.00 /);
    expect(r.stdout).toMatch(/^1961-01-01: \d+ actors/m);
  });

  test.each([
    [['--to', '2004', '--dataset', FIXTURE], /--from is required/],
    [['--from', '1972', '--dataset', FIXTURE], /--to is required/],
    [['--from', 'then', '--to', '2004', '--dataset', FIXTURE], /--from "then" is not a date/],
    [['--from', '1972', '--to', '2004', '--format', 'xml', '--dataset', FIXTURE], /unknown --format "xml"/],
    [['--from', '1972', '--to', '2004', '--min-change', '-1', '--dataset', FIXTURE], /--min-change/],
    [['--from', '1972', '--to', '2004', '--dataset', '/nonexistent.json'], /cannot read dataset/],
    [['--from', '1972', '--to', '2004', '--since', '1'], /unknown option --since/],
  ])('bad input %j gives a one-line error and a non-zero exit', (args, message) => {
    const r = run(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
