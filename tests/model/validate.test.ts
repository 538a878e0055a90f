import { describe, expect, test } from 'vitest';
import { loadDatasetText, parseDate, validateDataset } from '../../src/model';
import { loadFixture } from './fixture';

const mini = loadFixture();
const paths = (raw: unknown) => {
  const r = validateDataset(raw);
  return r.ok ? [] : r.issues.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`);
};

describe('validateDataset names the place of every problem', () => {
  test('the fixture is valid', () => {
    expect(validateDataset(mini).ok).toBe(true);
  });

  test('unknown actor id', () => {
    const bad = structuredClone(mini);
    bad.events[2].target = 'atlantis';
    expect(paths(bad)).toEqual(['$.events[2].target: unknown actor id "atlantis"']);
  });

  test('bad date', () => {
    const bad = structuredClone(mini);
    bad.events[0].date = '1971-02-30';
    expect(paths(bad)).toEqual(['$.events[0].date: not a calendar date: "1971-02-30"']);
    bad.events[0].date = '15/12/1971';
    expect(paths(bad)[0]).toMatch(/^\$\.events\[0\]\.date: a date is/);
  });

  test('duplicate id', () => {
    const bad = structuredClone(mini);
    bad.events[1].id = bad.events[0].id;
    expect(paths(bad)).toEqual([`$.events[1].id: duplicate id "${mini.events[0].id}"`]);
  });

  test('score out of range', () => {
    const bad = structuredClone(mini);
    bad.events[3].score = -12;
    expect(paths(bad)[0]).toMatch(/^\$\.events\[3\]\.score: /);
  });

  test('episode ids and aggregate counts are accepted; a count under 1 or fractional is not', () => {
    const ok = structuredClone(mini);
    Object.assign(ok.events[0], { episode: 'summit-1965', count: 300 });
    expect(paths(ok)).toEqual([]);
    const bad = structuredClone(mini);
    Object.assign(bad.events[0], { count: 0 });
    Object.assign(bad.events[1], { count: 2.5 });
    Object.assign(bad.events[2], { episode: 'Not An Id' });
    const found = paths(bad);
    expect(found.some((p) => p.startsWith('$.events[0].count'))).toBe(true);
    expect(found.some((p) => p.startsWith('$.events[1].count'))).toBe(true);
    expect(found.some((p) => p.startsWith('$.events[2].episode'))).toBe(true);
  });

  test('the new lasting-state tie types validate', () => {
    const ok = structuredClone(mini);
    for (const type of ['alignment', 'patronage', 'estrangement', 'proxy-contest'])
      ok.ties.push({ ...structuredClone(ok.ties[0]), id: `t-${type}`, type } as (typeof ok.ties)[number]);
    expect(paths(ok)).toEqual([]);
  });

  test('interval that ends before it starts', () => {
    const bad = structuredClone(mini);
    bad.ties[0].to = '1950';
    expect(paths(bad)).toEqual(['$.ties[0]: interval ends (1950) before it starts (1954-09-08)']);
  });

  test('unknown fields and wrong types are reported, not ignored', () => {
    const bad = structuredClone(mini) as unknown as { actors: Record<string, unknown>[] };
    bad.actors[0].colour = 'red';
    bad.actors[1].kind = 'planet';
    const found = paths(bad);
    expect(found.some((p) => p.startsWith('$.actors[0]'))).toBe(true);
    expect(found.some((p) => p.startsWith('$.actors[1].kind'))).toBe(true);
  });

  test('bad JSON names line and column; nothing throws', () => {
    const r = loadDatasetText('{\n  "meta": {,\n}', 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toMatch(/^x\.json:2:\d+$/);
    for (const raw of [null, 42, 'text', [], { meta: null }]) expect(validateDataset(raw).ok).toBe(false);
  });

  test('an unknown CAMEO code loads with a warning', () => {
    const odd = structuredClone(mini);
    odd.events[0].cameo = '0599';
    const r = validateDataset(odd);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0]).toMatchObject({ path: '$.events[0].cameo', severity: 'warning' });
  });
});

describe('parseDate', () => {
  test('year, month and day precision', () => {
    expect(parseDate('1971')?.precision).toBe('year');
    expect(parseDate('1971-12')?.precision).toBe('month');
    expect(parseDate('1971-12-16')?.precision).toBe('day');
    expect(parseDate('1971-13')).toBeNull();
    expect(parseDate('2001-02-29')).toBeNull();
    expect(parseDate('2000-02-29')).not.toBeNull();
  });
});
