import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDatasetText } from '../../src/model';
import { openBundledDataset } from '../../src/model/bundled';

const file = resolve(import.meta.dirname, '../../data/entente.json');
const text = readFileSync(file, 'utf8');

describe('the bundled dataset opens without the validator (cold load)', () => {
  test('gives exactly the dataset the full validator gives, with the same warnings', () => {
    const fast = openBundledDataset(text);
    const full = loadDatasetText(text, 'data/entente.json');
    expect(fast.ok && full.ok).toBe(true);
    if (!fast.ok || !full.ok) return;
    expect(fast.dataset).toEqual(full.dataset);
    expect(fast.warnings).toEqual(full.warnings);
  });

  test('applies the schema defaults (aliases, ties)', () => {
    const raw = JSON.parse(text) as { actors: { aliases?: string[] }[]; ties?: unknown };
    raw.actors.forEach((a) => delete a.aliases);
    delete raw.ties;
    const opened = openBundledDataset(JSON.stringify(raw));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.dataset.ties).toEqual([]);
    expect(opened.dataset.actors.every((a) => Array.isArray(a.aliases))).toBe(true);
  });

  test('still refuses what a load can get wrong, naming the place', () => {
    const raw = JSON.parse(text) as { events: { target: string }[] };
    raw.events[3].target = 'atlantis';
    const opened = openBundledDataset(JSON.stringify(raw));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.issues[0]).toMatchObject({ path: '$.events[3].target', severity: 'error' });
    const cut = openBundledDataset(text.slice(0, 200));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.issues[0].path).toMatch(/^data\/entente\.json:\d+:\d+$/);
    const notADataset = openBundledDataset('{"actors": 3}');
    expect(notADataset.ok).toBe(false);
    const wrongShape = openBundledDataset('{"actors": [{"id": "a"}], "events": [], "sources": 1}');
    expect(wrongShape.ok).toBe(false);
  });
});
