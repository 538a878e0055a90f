import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { indexDataset, layoutSpan, snapshotAt } from '../../../src/model';
import { snapshotJsonSchema, snapshotToJson } from '../../../src/model/export';
import { loadFixture } from '../fixture';
import { hostileDataset } from './helpers';

const FILE = resolve(import.meta.dirname, '../../../data/snapshot.schema.json');
const shipped = JSON.parse(readFileSync(FILE, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(shipped);

describe('the snapshot JSON Schema', () => {
  it('is the one generated from the zod schema (run `npm run schema` after a change)', () => {
    expect(shipped).toEqual(snapshotJsonSchema());
  });

  const bundled = indexDataset(loadFixture('../../data/entente.json'));
  const hostile = indexDataset(hostileDataset());
  it.each([
    ['bundled, 1971-12-15', bundled, '1971-12-15', undefined],
    ['bundled, 2003-03-01', bundled, '2003-03-01', undefined],
    ['bundled, window 1971', bundled, '1972-01-01', '1971-01-01'],
    ['hostile labels', hostile, '1971-12-10', undefined],
  ] as const)('validates real exports: %s, with and without positions', (_, index, at, windowFrom) => {
    const snap = snapshotAt(index, at, windowFrom ? { windowFrom } : {});
    for (const text of [snapshotToJson(snap), snapshotToJson(snap, layoutSpan(index))]) {
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('carries positions like CSV and GraphML when given', () => {
    const snap = snapshotAt(bundled, '1971-12-15');
    const positions = layoutSpan(bundled);
    const json = JSON.parse(snapshotToJson(snap, positions));
    for (const n of json.nodes) expect({ x: n.x, y: n.y }).toEqual(positions.get(n.id));
  });

  it('rejects a dataset and a snapshot with a stray field', () => {
    expect(validate(loadFixture())).toBe(false);
    const snap = JSON.parse(snapshotToJson(snapshotAt(bundled, '1971-12-15')));
    expect(validate(snap)).toBe(true);
    expect(validate({ ...snap, extra: 1 })).toBe(false);
    expect(validate({ ...snap, edges: [{ ...snap.edges[0], weight: 2 }] })).toBe(false);
  });
});
