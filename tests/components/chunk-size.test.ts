import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_ADD_BUDGET_MS, FIRST_CHUNK, nextChunkSize } from '../../src/components/graph/chunk-size';

describe('first-draw chunks sized by measured time', () => {
  it('an add over budget shrinks the next chunk in proportion; a quick one grows it, at most doubling', () => {
    expect(nextChunkSize(400, 2 * CHUNK_ADD_BUDGET_MS)).toBe(200);
    expect(nextChunkSize(300, CHUNK_ADD_BUDGET_MS)).toBe(300);
    expect(nextChunkSize(FIRST_CHUNK, 1)).toBe(2 * FIRST_CHUNK);
    expect(nextChunkSize(300, 0)).toBe(600);
    // Never so small that a large first draw crawls: 100 elements a frame at least.
    expect(nextChunkSize(300, 100 * CHUNK_ADD_BUDGET_MS)).toBe(100);
  });

  it('settles where taking in a chunk costs about the budget, whatever the cost per element', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.005, max: 0.4, noNaN: true }), (msPerElement) => {
        let size = FIRST_CHUNK;
        for (let frame = 0; frame < 30; frame++) size = nextChunkSize(size, size * msPerElement);
        const cost = size * msPerElement;
        const bounded = size === 100 || size === 4_000;
        expect(bounded || Math.abs(cost - CHUNK_ADD_BUDGET_MS) <= msPerElement + 0.5).toBe(true);
      }),
    );
  });
});
