import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_DOC, fieldTable, withFieldTable } from '../../scripts/export-fields';
import { DEFAULT_ENGINE_OPTIONS, snapshotAt } from '../../src/model';
import {
  EDGE_COLUMNS,
  EDGE_FIELDS,
  GRAPHML_KEYS,
  STATIC_EDGE_ATTRS,
  fieldsFor,
  snapshotToJson,
} from '../../src/model/export';
import { hostileDataset } from '../model/export/helpers';

describe("docs/EXPORT.md's field table", () => {
  const doc = readFileSync(EXPORT_DOC, 'utf8');

  it('is the table the exporters read (run `npm run docs:fields` when this fails)', () => {
    expect(doc).toContain(fieldTable());
    expect(withFieldTable(doc)).toBe(doc);
  });

  it("states the engine's numbers: weight scale, half-life, neutral band, kappa", () => {
    const o = DEFAULT_ENGINE_OPTIONS;
    expect(fieldTable()).toContain(`\\|score\\| / (\\|score\\| + ${o.weightScale})`);
    expect(fieldTable()).toContain(`${o.halfLifeYears}-year half-life`);
    expect(fieldTable()).toContain(`\\|score\\| ≤ ${o.neutralBand}`);
    expect(fieldTable()).toContain(`κ = ${o.kappa}`);
  });

  it('lists exactly the columns, keys and attributes the formats write', () => {
    expect(EDGE_COLUMNS).toEqual(fieldsFor(EDGE_FIELDS, 'csv').map((f) => f.name));
    expect(GRAPHML_KEYS.filter((k) => k.for === 'edge').map((k) => k.name)).toEqual(
      fieldsFor(EDGE_FIELDS, 'graphml').map((f) => f.name),
    );
    expect(STATIC_EDGE_ATTRS.map((f) => f.name)).toEqual(fieldsFor(EDGE_FIELDS, 'gexf').map((f) => f.name));
    // Every key a JSON edge can have is a documented field.
    const snap = snapshotAt(hostileDataset(), '1971-12-10');
    const jsonKeys = new Set(
      (JSON.parse(snapshotToJson(snap)) as { edges: object[] }).edges.flatMap((e) => Object.keys(e)),
    );
    const documented = EDGE_FIELDS.filter((f) => f.formats.includes('json')).map((f) => f.name);
    for (const key of jsonKeys) expect(documented).toContain(key);
  });
});
