import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { citationSchema, datasetSchema, eventSchema } from '../../src/model/schema';
import { checkEventsFast } from '../../src/model/fast-events';
import { validateDataset } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';

const bundled = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/entente.json'), 'utf8')) as {
  events: unknown[];
};

/** Values a hostile or careless file might hold in any field. */
const junk = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '',
    'a'.repeat(601),
    'a'.repeat(81),
    'UPPER',
    '1971-13',
    '1971-02-30',
    '21',
    '0',
    '2001',
    '00',
  ),
  fc.double(),
  fc.constantFrom(Infinity, NaN, -0, 0.5, 1e16, 2 ** 53, -10, 10, 10.0001),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.anything(), { maxKeys: 2 }),
  fc.constant(undefined),
);
const FIELDS = [...Object.keys(eventSchema.shape), 'extra'];
const CITATION_FIELDS = [...Object.keys(citationSchema.shape), 'extra'];

/** A real event with one field (or one citation field) replaced, removed or added. */
const mutatedEvent = fc
  .tuple(
    fc.constantFrom(...bundled.events.slice(0, 200)),
    fc.constantFrom(...FIELDS),
    fc.constantFrom(...CITATION_FIELDS),
    junk,
    fc.constantFrom('set', 'delete', 'citation', 'no-citations'),
  )
  .map(([base, field, cfield, value, how]) => {
    const e = structuredClone(base) as Record<string, unknown> & { citations: Record<string, unknown>[] };
    if (how === 'set') e[field] = value;
    else if (how === 'delete') delete e[field];
    else if (how === 'citation') e.citations[0][cfield] = value;
    else e.citations = [];
    return e;
  });

describe('checkEventsFast gives zod’s verdict and output on events, without zod', () => {
  test('every bundled event: accepted, identical to zod’s output, keys in zod’s order', () => {
    const fast = checkEventsFast(bundled.events);
    const slow = bundled.events.map((e) => eventSchema.parse(e));
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  });

  test('one field changed, removed or added: the same verdict as eventSchema', () => {
    fc.assert(
      fc.property(mutatedEvent, (e) => {
        const zod = eventSchema.safeParse(e);
        const fast = checkEventsFast([e]);
        expect(fast !== null).toBe(zod.success);
        if (fast && zod.success) expect(JSON.stringify(fast[0])).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 2000 },
    );
  });

  test('not an array, or not an object inside: no', () => {
    for (const raw of [undefined, null, {}, 'x', [null], [[]], [1]]) expect(checkEventsFast(raw)).toBeNull();
  });

  test('a whole synthetic dataset validates to exactly what zod alone gives', () => {
    const ds = JSON.parse(
      JSON.stringify(syntheticDataset({ seed: 3, actors: 60, pairs: 120, events: 2000 })),
    );
    const result = validateDataset(ds);
    const zod = datasetSchema.parse(ds);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.dataset)).toBe(JSON.stringify(zod));
  });

  test('a bad event still gets zod’s message and JSON path', () => {
    const ds = JSON.parse(JSON.stringify(bundled)) as { events: Record<string, unknown>[] };
    ds.events[5].score = 11;
    const result = validateDataset(ds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toBe('$.events[5].score');
  });
});
