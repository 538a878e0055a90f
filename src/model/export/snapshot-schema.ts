import { z } from 'zod';
import { ACTOR_KINDS, TIE_TYPES } from '../schema';

const day = z.string().regex(/^-?\d{4,}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * The snapshot format: what `npm run snapshot -- --format json` prints and the app's "JSON snapshot"
 * saves. The JSON Schema in data/snapshot.schema.json is generated from this (`npm run schema`).
 */
export const snapshotSchema = z.strictObject({
  at: day.describe('The date of the snapshot'),
  window: z
    .strictObject({ from: day, to: day })
    .optional()
    .describe('Window mode: relations are the undecayed weighted mean of the events in [from, to]'),
  nodes: z.array(
    z.strictObject({
      id: z.string().describe('Actor id'),
      label: z.string().describe('The name at that date'),
      kind: z.enum(ACTOR_KINDS),
      x: z.number().optional().describe('Drawing position, y pointing down (absent without positions)'),
      y: z.number().optional(),
    }),
  ),
  edges: z.array(
    z.strictObject({
      id: z.string().describe('rel:a~b for a relation (ids sorted), tie:ID for a tie'),
      source: z.string(),
      target: z.string(),
      kind: z.enum(['relation', ...TIE_TYPES]),
      sign: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
      weight: z.number().min(0).max(1),
      score: z.number(),
      events: z.number().int().min(0).optional().describe('Relations: events that count at that date'),
      evidence: z.number().optional().describe('Relations: decayed evidence behind the tone'),
      confidence: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe(
          'Relations: evidence / (evidence + kappa), how far events rather than the baseline set the tone',
        ),
      insufficient: z
        .boolean()
        .optional()
        .describe('Relations: too little recent evidence and no lasting state in force'),
      stale: z
        .boolean()
        .optional()
        .describe(
          'Relations: the lasting state behind the tone has no recent evidence; its pull is decaying',
        ),
      tie: z.string().optional(),
      role: z.string().optional(),
      label: z.string().optional(),
    }),
  ),
});

/** The JSON Schema of the snapshot format, generated from `snapshotSchema` so the two never drift. */
export function snapshotJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(snapshotSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://entente.invalid/snapshot.schema.json',
    title: 'Entente snapshot',
  };
}
