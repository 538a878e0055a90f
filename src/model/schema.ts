import { z } from 'zod';
import { ACTOR_KINDS, MEMBERSHIP_ROLES, TIE_TYPES } from './kinds';
import { DATE_PATTERN } from './dates';
import { CAMEO_CODE_PATTERN } from './cameo';

// Zod 4 compiles fast parsers with new Function() after probing whether eval is allowed; under our
// Content-Security-Policy (no eval) that probe fires a securitypolicyviolation on load. jitless skips
// both the probe and the compiled path (the interpreted one gives the same results).
z.config({ jitless: true });

/**
 * The Entente dataset format. The zod schema checks shape; `validate.ts` adds the checks a schema
 * cannot express (references, duplicate ids, real calendar dates, interval order).
 * data/entente.schema.json is generated from this file (`npm run schema`).
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const id = z.string().regex(ID_PATTERN, 'ids are lower-case letters, digits, ".", "_" or "-" (max 80)');
const dateString = z
  .string()
  .regex(new RegExp(DATE_PATTERN), 'a date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
  .describe('ISO date at the precision the source gives');
const text = (max: number) => z.string().min(1).max(max);

export const citationSchema = z
  .object({
    source: id.describe('id of an entry in `sources`'),
    line: z.number().int().min(1).optional().describe('1-based line in the source document'),
    note: z.string().max(500).optional(),
  })
  .strict();

export const intervalFields = {
  from: dateString.optional().describe('first day (start of the period named), open if absent'),
  to: dateString.optional().describe('last day (end of the period named), open if absent'),
};

// The kind lists live in kinds.ts (no zod), so code that only needs a list does not load the validator.
export { ACTOR_KINDS, DIRECTED_TIE_TYPES, MEMBERSHIP_ROLES, TIE_TYPES } from './kinds';

export const labelSchema = z.object({ label: text(120), ...intervalFields }).strict();

export const actorSchema = z
  .object({
    id,
    kind: z.enum(ACTOR_KINDS),
    labels: z.array(labelSchema).min(1).describe('label over time; the first matching interval wins'),
    aliases: z.array(text(120)).default([]),
    exists: z.object(intervalFields).strict().optional(),
    description: z.string().max(1000).optional(),
    citations: z.array(citationSchema).optional(),
  })
  .strict();

export const tieSchema = z
  .object({
    id,
    type: z.enum(TIE_TYPES),
    source: id.describe('member, leader, patron or first party'),
    target: id.describe('organization, state led, client or second party'),
    role: z.enum(MEMBERSHIP_ROLES).optional().describe('membership type'),
    label: z.string().max(200).optional().describe('e.g. the treaty name'),
    ...intervalFields,
    citations: z.array(citationSchema).min(1),
  })
  .strict();

export const eventSchema = z
  .object({
    id,
    date: dateString,
    source: id.describe('actor that acts (CAMEO source)'),
    target: id.describe('actor acted upon (CAMEO target)'),
    cameo: z.string().regex(new RegExp(CAMEO_CODE_PATTERN), 'a CAMEO code: 2-4 digits, root 01-20'),
    score: z
      .number()
      .min(-10)
      .max(10)
      .describe('signed Goldstein-like score, -10 hostile .. +10 cooperative'),
    summary: text(600),
    rationale: z.string().max(600).optional().describe('why the score differs from the CAMEO default'),
    major: z.boolean().optional().describe('shown as a marker on the time bar'),
    episode: id
      .optional()
      .describe('episode id: events of one pair that share it count as one episode (strongest + remainder)'),
    count: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'source rows an aggregated event stands for (e.g. a monthly mean of ICEWS/GDELT rows); default 1',
      ),
    citations: z.array(citationSchema).min(1),
  })
  .strict();

export const sourceSchema = z
  .object({
    id,
    title: text(300),
    author: z.string().max(200).optional(),
    published: dateString.optional(),
    kind: z.string().max(60).optional(),
    url: z.string().max(500).optional(),
  })
  .strict();

/**
 * A step of story mode: a date (`at`) or a window (`from` and `to`) with a short cited caption.
 * validate.ts checks that exactly one of the two is given and that citations and actors exist.
 */
export const chapterSchema = z
  .object({
    id,
    title: text(120),
    at: dateString.optional().describe('the chapter shows the graph as it stands at the end of this date'),
    ...intervalFields,
    caption: text(1200).describe("two or three sentences, in the dataset author's own words"),
    citations: z.array(citationSchema).min(1),
    select: z.array(id).max(20).optional().describe('actors the chapter highlights'),
    claims: z
      .array(
        z
          .object({
            pair: z.tuple([id, id]),
            expect: z.enum(['friendly', 'hostile', 'neutral', 'not-hostile', 'not-friendly']),
          })
          .strict(),
      )
      .max(20)
      .optional()
      .describe('the relations the caption names and how it says they stand (checked against the graph)'),
  })
  .strict();
const coordinate = z.number().min(-1e6).max(1e6);
export const positionsSchema = z
  .record(id, z.tuple([coordinate, coordinate]))
  .describe(
    'optional drawing positions [x, y] by actor id (layout units, y down), so the graph draws at once without a layout; actors without one are laid out',
  );

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    meta: z
      .object({
        name: text(120),
        description: z.string().max(2000).optional(),
        version: z.string().max(40).optional(),
        span: z.object({ from: dateString, to: dateString }).strict().optional(),
        openAt: dateString
          .optional()
          .describe(
            'the date the app opens on (a share link overrides it); the first day of the span if absent',
          ),
      })
      .strict(),
    sources: z.array(sourceSchema),
    actors: z.array(actorSchema),
    ties: z.array(tieSchema).default([]),
    events: z.array(eventSchema),
    chapters: z.array(chapterSchema).max(200).optional().describe('story mode, in reading order'),
    positions: positionsSchema.optional(),
  })
  .strict();

export type DatasetInput = z.input<typeof datasetSchema>;
