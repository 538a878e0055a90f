import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePositionsParam,
  encodePositionsParam,
  MAX_POS_CHARS,
  MAX_POS_NODES,
} from '../../src/model/share-url';

const ids = ['india', 'pakistan', 'constructor', 'soviet-union', 'un.sc', 'a_1'];
const known = (id: string) => ids.includes(id);
const point = fc.record({ x: fc.integer({ min: -1e6, max: 1e6 }), y: fc.integer({ min: -1e6, max: 1e6 }) });
const movedArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ids), point), { selector: ([id]) => id })
  .map((entries) => new Map(entries));

describe('share-link positions (?pos=)', () => {
  it('round-trips dragged nodes, rounded to whole units', () => {
    fc.assert(
      fc.property(movedArb, (moved) => {
        const text = encodePositionsParam(moved);
        const { moved: back, notices } = decodePositionsParam(text, known);
        if (moved.size === 0) return;
        expect(notices).toEqual([]);
        expect(back).toEqual(moved);
      }),
    );
    const { moved } = decodePositionsParam(
      encodePositionsParam(new Map([['india', { x: 1.6, y: -2.4 }]])),
      known,
    );
    expect(moved.get('india')).toEqual({ x: 2, y: -2 });
  });

  it('needs no escaping in a URL, so links stay short', () => {
    fc.assert(
      fc.property(movedArb, (moved) => {
        const text = encodePositionsParam(moved);
        expect(new URLSearchParams({ pos: text }).toString()).toBe(`pos=${text}`);
      }),
    );
  });

  it('never throws on hostile input and keeps only known actors with coordinates in range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const { moved, notices } = decodePositionsParam(raw, known);
        expect(moved.size).toBeLessThanOrEqual(MAX_POS_NODES);
        for (const [id, p] of moved) {
          expect(known(id)).toBe(true);
          expect(Number.isInteger(p.x) && Math.abs(p.x) <= 1e6).toBe(true);
          expect(Number.isInteger(p.y) && Math.abs(p.y) <= 1e6).toBe(true);
        }
        if (moved.size === 0 && raw !== '') expect(notices.length).toBeGreaterThan(0);
      }),
    );
  });

  it('drops bad entries one by one and says how many', () => {
    const raw = 'india*10*20*nowhere*1*2*pakistan*1e9*3*pakistan*-5*6';
    const { moved, notices } = decodePositionsParam(raw, known);
    expect([...moved]).toEqual([
      ['india', { x: 10, y: 20 }],
      ['pakistan', { x: -5, y: 6 }],
    ]);
    expect(notices).toEqual(['Ignored 2 of 4 moved positions in the link: unknown actor or bad numbers.']);
  });

  it('treats prototype names as plain ids', () => {
    const { moved } = decodePositionsParam('constructor*1*2*__proto__*3*4', known);
    expect([...moved.keys()]).toEqual(['constructor']);
  });

  it('caps the link: too long a value is refused, and encoding keeps the most recent drags', () => {
    expect(decodePositionsParam('india*1*2*'.repeat(400), known).notices[0]).toMatch(/longer than/);
    const many = new Map(
      Array.from({ length: 400 }, (_, i) => [`actor-${i}`, { x: 123456, y: -123456 }] as const),
    );
    const text = encodePositionsParam(many);
    expect(text.length).toBeLessThanOrEqual(MAX_POS_CHARS);
    expect(text.endsWith('actor-399*123456*-123456')).toBe(true);
    expect(text.split('*').length / 3).toBeLessThanOrEqual(MAX_POS_NODES);
  });
});
