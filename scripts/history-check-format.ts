import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DATE_PATTERN } from '../src/model';

/**
 * The historian's test set, data/history-checks.json: statements of state the seed documents make in
 * so many words, each with the seed line it quotes, a date or date range, and what the relation model
 * must show then. Described in docs/DATA.md ("The historian's test set").
 */
export const HISTORY_CHECKS_FILE = fileURLToPath(new URL('../data/history-checks.json', import.meta.url));

const actorId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'an actor id');
const date = z.string().regex(new RegExp(DATE_PATTERN), 'a date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
const pair = z.tuple([actorId, actorId]).refine(([a, b]) => a !== b, 'a pair needs two different actors');

/** friendly / hostile: the shown sign is + / −; not-hostile / not-friendly also accept neutral and no relation. */
export const SIGN_EXPECTATIONS = ['friendly', 'hostile', 'not-hostile', 'not-friendly'] as const;

/** A seed document and its 1-based line, where the test can find the quote word for word. */
const seedCitation = z.object({ source: z.string().min(1), line: z.number().int().min(1) }).strict();
/** A public reference among the dataset's sources, and where in it the quote stands. */
const referenceCitation = z
  .object({
    source: z.string().min(1),
    locator: z.string().min(3).max(300).describe('page, chapter, section, entry or document number'),
  })
  .strict();

const common = {
  id: z.string().regex(/^hc-[a-z0-9-]+$/, 'ids start with "hc-"'),
  quote: z.string().min(3).max(200).describe('the phrase as the source words it'),
  citation: z.union([seedCitation, referenceCitation]),
  at: date.optional().describe('checked on the last day of the period named'),
  from: date.optional().describe('with `to`: checked at every month end from the start of `from`'),
  to: date.optional().describe('... to the end of `to`'),
  pair,
  note: z.string().max(300).optional(),
  knownLimit: z
    .string()
    .min(20)
    .max(600)
    .optional()
    .describe('why the model does not show this statement; listed as a known limit in docs/MODEL.md'),
};

const signCheck = z.object({ ...common, expect: z.enum(SIGN_EXPECTATIONS) }).strict();
const orderCheck = z
  .object({
    ...common,
    expect: z.literal('warmer'),
    than: z
      .object({ pair, at: date.optional().describe('another date for the compared pair; default: the same') })
      .strict(),
  })
  .strict();

export const historyCheckSchema = z
  .discriminatedUnion('expect', [signCheck, orderCheck])
  .refine((c) => (c.at === undefined) !== (c.from === undefined && c.to === undefined), {
    message: 'give either `at` or both `from` and `to`',
  })
  .refine((c) => (c.from === undefined) === (c.to === undefined), { message: '`from` and `to` go together' })
  .refine((c) => !(c.expect === 'warmer' && c.from !== undefined && c.than.at !== undefined), {
    message: 'an ordering over a date range compares both pairs at the same dates (no `than.at`)',
  });

export const historyChecksFileSchema = z
  .object({ description: z.string().optional(), checks: z.array(historyCheckSchema).min(1) })
  .strict()
  .refine((f) => new Set(f.checks.map((c) => c.id)).size === f.checks.length, 'check ids must be unique');

export type HistoryCheck = z.infer<typeof historyCheckSchema>;
export type HistoryCitation = HistoryCheck['citation'];

/** "003 l.49" for a seed line, "ref-oh-china-policy-1977, 15 December 1978 paragraph" for a reference. */
export function citeLabel(citation: HistoryCitation): string {
  return 'line' in citation
    ? `${citation.source.slice(0, 3)} l.${citation.line}`
    : `${citation.source}, ${citation.locator}`;
}

/** Parses a history-checks file; throws one message naming the file and every bad JSON path. */
export function parseHistoryChecks(text: string, name = 'history-checks.json'): HistoryCheck[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${name} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  const parsed = historyChecksFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${name} $.${i.path.join('.')}: ${i.message}`);
    throw new Error(where.join('\n'));
  }
  return parsed.data.checks;
}

export function readHistoryChecks(path = HISTORY_CHECKS_FILE): HistoryCheck[] {
  return parseHistoryChecks(readFileSync(path, 'utf8'), path);
}
