import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  csvDocument,
  csvField,
  guardCsvText,
  unguardCsvText,
  xmlAttr,
  xmlSafe,
  xmlText,
} from '../../../src/model/export/escape';
import { HOSTILE_LABELS, parseXml } from './helpers';

/** What a parser gives back for a value written as text and as both kinds of attribute. */
function roundTrip(value: string): { text: string; dq: string; sq: string } {
  const doc = parseXml(`<r a="${xmlAttr(value)}" b='${xmlAttr(value)}'>${xmlText(value)}</r>`);
  const r = doc.documentElement!;
  return { text: r.textContent ?? '', dq: r.getAttribute('a') ?? '', sq: r.getAttribute('b') ?? '' };
}

describe('XML escaping', () => {
  it.each(HOSTILE_LABELS)('gives back %j exactly, in text and in attributes', (label) => {
    expect(roundTrip(label)).toEqual({ text: label, dq: label, sq: label });
  });

  it('drops only the characters XML 1.0 cannot carry', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f\tg\nh\ri😀')).toBe('abcdef\tg\nh\ri😀');
  });

  it('round-trips any string, minus XML-illegal characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const safe = xmlSafe(s);
        expect(roundTrip(s)).toEqual({ text: safe, dq: safe, sq: safe });
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-2.5)).toBe('-2.5');
    expect(csvField(undefined)).toBe('');
  });

  it('defuses spreadsheet formulas in text but keeps numbers numeric', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField(-1)).toBe('-1');
  });

  it('guard and unguard are exact inverses (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => unguardCsvText(guardCsvText(s)) === s));
  });

  it('any text survives a CSV parser (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        (row) => {
          const header = row.map((_, i) => `c${i}`);
          const parsed = Papa.parse<string[]>(csvDocument(header, [row]), {
            delimiter: ',',
            newline: '\r\n',
          });
          expect(parsed.errors).toEqual([]);
          expect(parsed.data[1].map(unguardCsvText)).toEqual(row);
        },
      ),
      { numRuns: 300 },
    );
  });
});
