import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_FRAME_BUDGET_MS, FIRST_CHUNK, nextChunkSize } from '../../src/components/graph/chunk-size';

describe('first-draw chunks sized by measured frame time', () => {
  it('a frame over budget shrinks the next chunk in proportion; a quick one grows it, at most doubling', () => {
    expect(nextChunkSize(300, 2 * CHUNK_FRAME_BUDGET_MS)).toBe(150);
    expect(nextChunkSize(300, CHUNK_FRAME_BUDGET_MS)).toBe(300);
    expect(nextChunkSize(FIRST_CHUNK, 1)).toBe(2 * FIRST_CHUNK);
    expect(nextChunkSize(300, 0)).toBe(300);
  });

  it('settles where a chunk costs the budget, whatever the cost per element', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.02, max: 2, noNaN: true }), (msPerElement) => {
        let size = FIRST_CHUNK;
        for (let frame = 0; frame < 30; frame++) size = nextChunkSize(size, size * msPerElement);
        const cost = size * msPerElement;
        const bounded = size === 25 || size === 4_000;
        expect(bounded || Math.abs(cost - CHUNK_FRAME_BUDGET_MS) < msPerElement + 1).toBe(true);
      }),
    );
  });
});
