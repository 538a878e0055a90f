import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset, stateAt } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import { addPendingChunk, syncGraphFrame } from '../../src/graph/frame-sync';
import { DEFAULT_FILTERS } from '../../src/store/filter-slice';

function picture(cy: Core) {
  return cy
    .elements()
    .map((el) => ({ id: el.id(), data: el.data() as unknown, classes: el.classes().sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

const index = indexDataset(syntheticDataset({ seed: 19, actors: 60, pairs: 200, events: 3000, ties: 10 }));
const { start, end } = index.span;
const at = (f: number) => start + Math.round((end - start) * f);

/** A chunked first draw: `schedule` only counts its calls; the test plays the frames. */
function chunked(size: number) {
  const calls = { scheduled: 0 };
  return { calls, chunks: { size, schedule: () => void calls.scheduled++ } };
}

describe('a large first draw in chunks', () => {
  it('adds the first chunk (nodes first), then the rest a chunk per call, ending as one full add would', () => {
    const whole = cytoscape({ headless: true });
    syncGraphFrame(whole, index, stateAt(index, at(0.6)), DEFAULT_FILTERS);
    const cy = cytoscape({ headless: true });
    const { calls, chunks } = chunked(25);
    syncGraphFrame(
      cy,
      index,
      stateAt(index, at(0.6)),
      DEFAULT_FILTERS,
      undefined,
      undefined,
      undefined,
      chunks,
    );
    expect(cy.elements().length).toBe(25);
    expect(cy.edges().length).toBe(0);
    expect(calls.scheduled).toBe(1);
    let frames = 0;
    while (addPendingChunk(cy, 25)) frames++;
    expect(frames).toBe(Math.ceil(whole.elements().length / 25) - 2);
    expect(picture(cy)).toEqual(picture(whole));
    expect(addPendingChunk(cy, 25)).toBe(false);
  });

  it('a time change before the last chunk still leaves cy exactly as unchunked frames do', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(5),
        (first, second, chunksBefore) => {
          const whole = cytoscape({ headless: true });
          syncGraphFrame(whole, index, stateAt(index, at(first)), DEFAULT_FILTERS);
          syncGraphFrame(whole, index, stateAt(index, at(second)), DEFAULT_FILTERS);
          const cy = cytoscape({ headless: true });
          const { chunks } = chunked(10);
          syncGraphFrame(
            cy,
            index,
            stateAt(index, at(first)),
            DEFAULT_FILTERS,
            undefined,
            undefined,
            undefined,
            chunks,
          );
          for (let i = 0; i < chunksBefore; i++) addPendingChunk(cy, 10);
          syncGraphFrame(
            cy,
            index,
            stateAt(index, at(second)),
            DEFAULT_FILTERS,
            undefined,
            undefined,
            undefined,
            chunks,
          );
          while (addPendingChunk(cy, 10));
          expect(picture(cy)).toEqual(picture(whole));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('drops what waits when someone else empties cy (a new dataset), instead of adding stale elements', () => {
    const cy = cytoscape({ headless: true });
    syncGraphFrame(
      cy,
      index,
      stateAt(index, at(0.6)),
      DEFAULT_FILTERS,
      undefined,
      undefined,
      undefined,
      chunked(10).chunks,
    );
    cy.elements().remove();
    expect(addPendingChunk(cy, 10)).toBe(false);
    expect(cy.elements().length).toBe(0);
  });
});
