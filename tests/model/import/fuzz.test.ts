import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model';
import {
  exportCsvPair,
  importFiles,
  parseJsonSafe,
  type ImportFile,
  type ImportResult,
} from '../../../src/model/import';
import { ACTORS_CSV, EVENTS_CSV, GDELT, ICEWS, MINI_JSON, datasetOf, importOne } from './helpers';

// FUZZ_RUNS=5000 for a longer hunt; the default keeps the suite quick.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The importer's contract on any input: an answer (never an exception), issues with a place. */
function checkContract(files: ImportFile[]): void {
  let result: ImportResult | undefined;
  expect(() => (result = importFiles(files))).not.toThrow();
  if (!result) return;
  if (result.ok) {
    expect(validateDataset(result.dataset).ok).toBe(true);
    for (const w of result.warnings) expect(w.severity).toBe('warning');
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.message).not.toMatch(/internal error/);
    expect(issue.file.length).toBeGreaterThan(0);
    expect(issue.path.length).toBeGreaterThan(0);
    expect(typeof issue.message).toBe('string');
  }
  expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
}

const fileName = fc.constantFrom(
  'data.json',
  'events.csv',
  'actors.csv',
  'x.tsv',
  'export.CSV',
  'notes.txt',
  'a',
  '',
);
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
);
const hostileObject = fc.dictionary(fc.oneof(hostileKey, fc.string()), fc.jsonValue(), { maxKeys: 6 });

/** Small random edits to a valid file: the most realistic kind of bad input. */
const mutated = (base: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 8 }),
        insert: fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom('"', ',', '\t', '\n', '{', '}', '[', ']', ':', '\\', '\u0000', '\uFEFF'),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce((text, e) => {
        const at = e.at % (text.length + 1);
        return text.slice(0, at) + e.insert + text.slice(at + e.cut);
      }, base),
    );

describe(
  'fuzzing the importers: never a crash, only issues with a place',
  { timeout: Math.max(20_000, RUNS * 40) },
  () => {
    it('random strings under any file name', () => {
      fc.assert(
        fc.property(fileName, fc.string({ unit: 'binary', maxLength: 400 }), (name, text) =>
          checkContract([{ name, text }]),
        ),
        { numRuns: RUNS },
      );
    });

    it('random JSON values and hostile objects as a dataset', () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), hostileObject), (value) =>
          checkContract([{ name: 'x.json', text: JSON.stringify(value) ?? 'null' }]),
        ),
        { numRuns: RUNS },
      );
    });

    it('hostile objects spliced into every part of a valid dataset', () => {
      const base = JSON.parse(MINI_JSON) as Record<string, unknown[]>;
      fc.assert(
        fc.property(
          fc.constantFrom('actors', 'events', 'ties', 'sources'),
          fc.nat(),
          hostileObject,
          (list, at, junk) => {
            const copy = structuredClone(base);
            const items = copy[list];
            items[at % items.length] = { ...(items[at % items.length] as object), ...junk };
            checkContract([{ name: 'x.json', text: JSON.stringify(copy) }]);
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('mutated JSON, CSV pair, ICEWS and GDELT files', () => {
      fc.assert(
        fc.property(mutated(MINI_JSON), (text) => checkContract([{ name: 'mini.json', text }])),
        { numRuns: RUNS },
      );
      fc.assert(
        fc.property(mutated(ACTORS_CSV), mutated(EVENTS_CSV), (a, e) =>
          checkContract([
            { name: 'actors.csv', text: a },
            { name: 'events.csv', text: e },
          ]),
        ),
        { numRuns: RUNS },
      );
      fc.assert(
        fc.property(mutated(ICEWS), (text) => checkContract([{ name: 'icews.tab', text }])),
        { numRuns: RUNS },
      );
      fc.assert(
        fc.property(mutated(GDELT), (text) => checkContract([{ name: 'gdelt.CSV', text }])),
        { numRuns: RUNS },
      );
    });

    it('random cells in a table with a valid header', () => {
      const cellArb = fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('', '"', '2003-02-30', '99999999', '-0', '1e400', 'NaN', '__proto__', '042', '21'),
      );
      fc.assert(
        fc.property(
          fc.array(fc.array(cellArb, { minLength: 0, maxLength: 9 }), { maxLength: 12 }),
          (rows) => {
            const text = [
              'id,date,source,target,cameo,score,summary,major',
              ...rows.map((r) => r.join(',')),
            ].join('\n');
            checkContract([{ name: 'events.csv', text }]);
            checkContract([
              { name: 'actors.csv', text: ACTORS_CSV },
              { name: 'events.csv', text },
            ]);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('an exported CSV pair of a valid dataset always re-imports', () => {
      const ds = datasetOf(importOne('mini.json', MINI_JSON));
      const files = exportCsvPair(ds);
      checkContract([
        { name: 'actors.csv', text: files['actors.csv'] },
        { name: 'events.csv', text: files['events.csv'] },
      ]);
    });

    it('parseJsonSafe never throws on random text', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          const r = parseJsonSafe(text, 'f.json');
          if (!r.ok) expect(r.issues[0].path).toMatch(/^f\.json/);
        }),
        { numRuns: RUNS },
      );
    });
  },
);

/** Every name Object.prototype carries: plain objects keyed by these find inherited members. */
const PROTOTYPE_NAMES = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']),
];
const protoName = fc.constantFrom(...PROTOTYPE_NAMES);
const KB64 = 64 * 1024;

describe('fuzz: long inputs and ids named like Object.prototype members', () => {
  it('64 KB of random text, brackets or quotes under any file name is an answer, never a crash', () => {
    const long = fc.oneof(
      fc.string({ unit: 'binary', minLength: KB64, maxLength: KB64 + 64 }),
      fc.constantFrom('[', '{"a":', '"', '\\', ',', '\n').map((s) => s.repeat(Math.ceil(KB64 / s.length))),
      fc.string({ minLength: 1, maxLength: 8 }).map((s) => `${ACTORS_CSV}${s.repeat(KB64 / s.length + 1)}`),
    );
    fc.assert(
      fc.property(fileName, long, (name, text) => checkContract([{ name, text }])),
      { numRuns: Math.max(20, RUNS / 10) },
    );
  });

  it('64 KB cells in a CSV pair load (cut with a warning) or fail with a place', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 4 }), fc.constantFrom(1, 2, 3), (unit, column) => {
        const cellText = unit.repeat(KB64 / unit.length);
        const rows = EVENTS_CSV.trimEnd().split('\n');
        const cells = rows[1].split(',');
        cells[column === 1 ? 6 : column === 2 ? 5 : 1] = JSON.stringify(cellText);
        rows[1] = cells.join(',');
        checkContract([
          { name: 'actors.csv', text: ACTORS_CSV },
          { name: 'events.csv', text: `${rows.join('\n')}\n` },
        ]);
      }),
      { numRuns: Math.max(20, RUNS / 10) },
    );
  });

  it('actor names and ids drawn from Object.prototype members import as ordinary actors', () => {
    fc.assert(
      fc.property(fc.uniqueArray(protoName, { minLength: 2, maxLength: 6 }), (names) => {
        const actors = ['id,kind,label', ...names.map((n) => `${n},country,${n}`)].join('\n');
        const events = [
          'id,date,source,target,cameo,score,summary',
          ...names.slice(1).map((n, i) => `e${i},2001-01-0${i + 1},${names[i]},${n},042,2,x`),
        ].join('\n');
        checkContract([
          { name: 'actors.csv', text: actors },
          { name: 'events.csv', text: events },
        ]);
        // Generic tables slug names into ids: "Constructor" becomes the id constructor.
        const table = [
          'date,source,target,cameo,score',
          ...names.slice(1).map((n, i) => `2001-01-0${i + 1},${names[i]},${n},042,2`),
        ].join('\n');
        const result = importFiles([{ name: 'events.csv', text: table }]);
        checkContract([{ name: 'events.csv', text: table }]);
        if (result.ok) expect(Object.getPrototypeOf(result.dataset)).toBe(Object.prototype);
      }),
      { numRuns: Math.max(20, RUNS / 10) },
    );
  });
});
