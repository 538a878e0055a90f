import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_YEAR_RANGE } from '../../../src/model/dates';
import {
  MAX_ACTORS,
  MAX_EVENTS,
  MAX_IMPORT_BYTES,
  MAX_PAIRS,
  MAX_TABLE_ROWS,
} from '../../../src/model/import/limits';
import { MAX_JSON_DEPTH } from '../../../src/model/import/safe-json';
import { TEXT_LIMITS } from '../../../src/model/import/tally';

const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/IMPORT.md'), 'utf8').replace(
  /\s+/g,
  ' ',
);

describe('docs/IMPORT.md states the limits the code enforces', () => {
  it('file size in exact bytes, nesting depth and the years', () => {
    expect(doc).toContain(`at most ${MAX_IMPORT_BYTES.toLocaleString('en-US')} bytes`);
    expect(doc).toContain(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    expect(doc).toContain(`years ${DATE_YEAR_RANGE.min}–${DATE_YEAR_RANGE.max}`);
  });

  it('the row, event, actor and pair limits, each by its name', () => {
    const n = (v: number) => v.toLocaleString('en-US');
    expect(doc).toContain(`at most ${n(MAX_TABLE_ROWS)} table rows per file (\`MAX_TABLE_ROWS\`)`);
    expect(doc).toContain(`at most ${n(MAX_EVENTS)} events (\`MAX_EVENTS\`)`);
    expect(doc).toContain(`${n(MAX_ACTORS)} actors (\`MAX_ACTORS\`)`);
    expect(doc).toContain(`${n(MAX_PAIRS)} actor pairs with events (\`MAX_PAIRS\`)`);
  });

  it('the length each table column is cut to', () => {
    expect(doc).toContain(`\`label\` and each alias ${TEXT_LIMITS.label} characters`);
    expect(TEXT_LIMITS.alias).toBe(TEXT_LIMITS.label);
    for (const field of ['description', 'summary', 'rationale'] as const)
      expect(doc).toContain(`\`${field}\` ${TEXT_LIMITS[field]}`);
  });
});
