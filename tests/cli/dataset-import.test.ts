import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE, runCli } from './run-cli';
import { loadDatasetFiles, readDatasetFile } from '../../src/cli/dataset-file';
import { exportCsvPair } from '../../src/model/import';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const pair = exportCsvPair(readDatasetFile(FIXTURE));
const ACTORS = write('actors.csv', pair['actors.csv']);
const EVENTS = write('events.csv', pair['events.csv']);
const TABLE = write(
  'table.tsv',
  'Event Date\tSource Name\tTarget Name\tCAMEO Code\tIntensity\n2003-02-04\tPakistan\tRussia\t042\t1.9\n',
);
const BAD_TABLE = write('bad.csv', 'date,source,target,cameo\n2003-02-31,Pakistan,Russia,042\n');

const run = runCli;

describe('--dataset takes every import format', () => {
  test('a CSV pair as two paths gives the same actors and events as the JSON', () => {
    const json = readDatasetFile(FIXTURE);
    const fromPair = readDatasetFile([ACTORS, EVENTS]);
    expect(fromPair.actors).toEqual(json.actors);
    expect(fromPair.events).toEqual(json.events);
  });

  test('an event table', () => {
    const result = loadDatasetFiles(TABLE);
    expect(result.ok && result.dataset.events.map((e) => [e.source, e.target, e.score])).toEqual([
      ['pakistan', 'russia', 1.9],
    ]);
  });

  test('the snapshot CLI runs on a CSV pair', () => {
    const r = run('snapshot', ['--at', '1971-12-10', '--dataset', ACTORS, '--dataset', EVENTS]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).nodes.length).toBeGreaterThan(0);
  });

  test('the validate CLI reports a table as valid', () => {
    const r = run('validate', ['--dataset', TABLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid — 2 actors, 0 ties, 1 events/);
  });

  test('a bad table: one line naming file, line and column', () => {
    const r = run('snapshot', ['--at', '2003', '--dataset', BAD_TABLE]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`error at ${BAD_TABLE}:2 [date]: not a date: "2003-02-31"`);
  });

  test('an actors file alone is refused with the reason', () => {
    expect(() => readDatasetFile(ACTORS)).toThrow(/an actors file needs an events file beside it/);
    expect(() => readDatasetFile([ACTORS, '/nonexistent.csv'])).toThrow(
      /cannot read dataset \/nonexistent\.csv: ENOENT/,
    );
  });
});
