import { writeFileSync } from 'node:fs';
import { snapshotJsonSchema } from '../src/model/export/snapshot-schema';
import { datasetJsonSchema } from '../src/model/json-schema';

for (const [file, schema] of [
  ['entente.schema.json', datasetJsonSchema()],
  ['snapshot.schema.json', snapshotJsonSchema()],
] as const)
  writeFileSync(new URL(`../data/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
