import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/model';
import { REPO_ROOT } from '../../scripts/build-dataset';
import { type MainPairs, pairCoverage, readMainPairs, yearRuns } from '../../scripts/pair-coverage';

const dataset = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'entente.json'), 'utf8')) as Dataset;
const main = readMainPairs(REPO_ROOT) as MainPairs & {
  pending?: { pair: [string, string]; owner: string }[];
};
const key = ([a, b]: readonly [string, string]) => [a, b].sort().join('~');
const pending = new Map((main.pending ?? []).map((p) => [key(p.pair), p.owner]));
const rows = pairCoverage(dataset, main);

describe('every main pair has a lasting state or a dated event in every year both exist (issue 19)', () => {
  it('lists every pair among the core actors', () => {
    const n = main.core.length;
    expect(rows.length).toBeGreaterThanOrEqual((n * (n - 1)) / 2);
  });

  it('names only pairs of the table as pending', () => {
    const known = new Set(rows.map((r) => key(r.pair)));
    expect([...pending.keys()].filter((k) => !known.has(k))).toEqual([]);
  });

  for (const row of rows) {
    const name = row.pair.join(' – ');
    const owner = pending.get(key(row.pair));
    if (owner) it.todo(`${name}: pending, uncovered ${yearRuns(row.gaps) || 'none'}; ${owner}`);
    else
      it(`${name}: no uncovered year`, () => {
        expect(yearRuns(row.gaps)).toBe('');
      });
  }
});

describe('exempt pair-years (data/main-pairs.json)', () => {
  it('gives every exemption a reason that names a reference', () => {
    for (const x of main.exempt ?? []) expect(x.reason).toMatch(/\d{4}/);
  });

  it('drops only the exempt years from a pair', () => {
    const probe: MainPairs = {
      from: 1996,
      to: 2003,
      core: ['pakistan', 'sco'],
      also: [],
      exempt: [{ pair: ['sco', 'pakistan'], from: 1996, to: 2000, reason: 'test' }],
    };
    const [row] = pairCoverage({ ...dataset, ties: [], events: [] }, probe);
    expect(row.exempted).toBe(5);
    expect(row.gaps).toEqual([2001, 2002, 2003]);
  });
});
