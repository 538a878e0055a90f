import { z } from 'zod';
import { datasetSchema } from './schema';

/** The JSON Schema of the dataset format, generated from the zod schema so the two never drift. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://entente.invalid/entente.schema.json',
    title: 'Entente dataset',
  };
}
