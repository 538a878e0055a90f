import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/json-schema';

writeFileSync(
  new URL('../data/entente.schema.json', import.meta.url),
  `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
);
