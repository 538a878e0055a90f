import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE, ROOT, runCli } from './run-cli';

const run = (args: string[]) => runCli('snapshot', args);

describe('snapshot CLI', () => {
  test('prints the graph at a date as JSON', () => {
    const r = run(['--at', '1971-12-10', '--dataset', FIXTURE]);
    expect(r.code).toBe(0);
    const snap = JSON.parse(r.stdout);
    expect(snap.at).toBe('1971-12-10');
    expect(snap.nodes.find((n: { id: string }) => n.id === 'russia')).toMatchObject({
      label: 'Soviet Union',
      kind: 'country',
    });
    const rel = snap.edges.find((e: { id: string }) => e.id === 'rel:india~pakistan');
    expect(rel).toMatchObject({ source: 'india', target: 'pakistan', kind: 'relation', sign: -1 });
    expect(typeof rel.weight).toBe('number');
    expect(typeof rel.score).toBe('number');
  });

  test.each([
    [['--dataset', FIXTURE], /--at is required/],
    [['--at', 'yesterday', '--dataset', FIXTURE], /not a date/],
    [['--at', '1971', '--frobnicate'], /unknown option --frobnicate/],
    [['--at', '1971', '--dataset', '/nonexistent.json'], /cannot read dataset/],
    [['--at', '1971', '--dataset', resolve(ROOT, 'package.json')], /invalid dataset .*\$/],
  ])('bad input %j gives a one-line error and a non-zero exit', (args, message) => {
    const r = run(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
