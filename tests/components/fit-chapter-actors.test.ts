import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cytoscape from 'cytoscape';
import { expect, test } from 'vitest';
import { fitChapterActors } from '../../src/components/graph/use-camera-fit';
import { cyNodeId } from '../../src/graph/elements';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/entente.json'), 'utf8')) as {
  positions: Record<string, [number, number]>;
  chapters: { select?: string[] }[];
};

/** The graph's free area on a 390x844 phone with the current panels: under the tip, left of the zoom column, above the sheet. */
const PHONE_FREE = { x1: 0, y1: 100, x2: 336, y2: 420 };

test('every chapter of the story frames its actors inside the free area of a 390x844 phone', () => {
  const cy = cytoscape({ headless: true, minZoom: 0.05, maxZoom: 4 });
  cy.add(
    Object.entries(dataset.positions).map(([id, [x, y]]) => ({
      group: 'nodes' as const,
      data: { id: cyNodeId(id) },
      position: { x, y },
    })),
  );
  expect(dataset.chapters).toHaveLength(13);
  dataset.chapters.forEach((chapter, i) => {
    const viewport = fitChapterActors(cy, chapter.select ?? [], PHONE_FREE);
    expect(viewport, `chapter ${i + 1}`).not.toBeNull();
    cy.viewport(viewport!);
    for (const id of chapter.select ?? []) {
      const node = cy.getElementById(cyNodeId(id));
      if (node.empty()) continue;
      const p = node.renderedPosition();
      expect(p.x, `chapter ${i + 1}: ${id}`).toBeGreaterThanOrEqual(PHONE_FREE.x1 + 40);
      expect(p.x, `chapter ${i + 1}: ${id}`).toBeLessThanOrEqual(PHONE_FREE.x2 - 40);
      expect(p.y, `chapter ${i + 1}: ${id}`).toBeGreaterThanOrEqual(PHONE_FREE.y1 + 10);
      expect(p.y, `chapter ${i + 1}: ${id}`).toBeLessThanOrEqual(PHONE_FREE.y2 - 25);
    }
  });
});
