import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Dataset, validateDataset } from '../../src/model';

export function loadFixture(name = 'mini.json'): Dataset {
  const raw: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8'));
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}
