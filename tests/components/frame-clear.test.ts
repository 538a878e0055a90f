import cytoscape from 'cytoscape';
import { expect, test } from 'vitest';
import { frameClearOfOverlays, nodesUnderOverlays } from '../../src/components/graph/frame-clear';
import { largestFreeRect } from '../../src/components/graph/free-area';
import { viewportFor } from '../../src/components/graph/graph-frame';
import { COMMUNITY_LABEL_WIDTH } from '../../src/graph/community-style';
import { aliveBox } from '../../src/graph/positions';

/** A 1440x900-like pane: the legend across the bottom, the zoom column at the top right. */
const PANE = { x1: 0, y1: 0, x2: 1000, y2: 700 };
const LEGEND = { x1: 10, y1: 610, x2: 990, y2: 695 };
const ZOOM = { x1: 950, y1: 10, x2: 990, y2: 180 };
const COVERS = [LEGEND, ZOOM];

function graph() {
  const cy = cytoscape({ headless: true, minZoom: 0.05, maxZoom: 4, styleEnabled: true });
  // Four main actors in a square, and idle ones just outside it (one below, one up right).
  const at: Record<string, [number, number]> = {
    a: [0, 0],
    b: [400, 0],
    c: [0, 300],
    d: [400, 300],
    below: [200, 345],
    corner: [445, -20],
  };
  cy.add(
    Object.entries(at).map(([id, [x, y]]) => ({
      group: 'nodes' as const,
      data: { id },
      position: { x, y },
    })),
  );
  cy.style([{ selector: 'node', style: { width: 14, height: 14 } }]);
  return cy;
}

test('the frame grows until no drawn node lies under an overlay, without shrinking the main actors much', () => {
  const cy = graph();
  const free = largestFreeRect(PANE, COVERS);
  const main = { x1: 0, y1: 0, x2: 400, y2: 300 };
  const plain = frameClearOfOverlays(cy, main, 1.6, free, [], PANE);
  cy.viewport(plain);
  // Framing the main actors alone leaves an idle one under an overlay.
  expect(nodesUnderOverlays(cy, plain, free, COVERS, PANE).length).toBeGreaterThan(0);
  const clear = frameClearOfOverlays(cy, main, 1.6, free, COVERS, PANE);
  cy.viewport(clear);
  expect(nodesUnderOverlays(cy, clear, free, COVERS, PANE)).toEqual([]);
  // The main actors stay inside the free area.
  for (const node of cy.nodes('#a, #b, #c, #d')) {
    const p = node.renderedPosition();
    expect(p.x, node.id()).toBeGreaterThanOrEqual(free.x1);
    expect(p.x, node.id()).toBeLessThanOrEqual(free.x2);
    expect(p.y, node.id()).toBeGreaterThanOrEqual(free.y1);
    expect(p.y, node.id()).toBeLessThanOrEqual(free.y2);
  }
  expect(clear.zoom).toBeGreaterThanOrEqual(plain.zoom * 0.75);
});

test('a node far out is left off screen rather than shrinking the picture past three quarters', () => {
  const cy = graph();
  cy.add({ group: 'nodes', data: { id: 'far' }, position: { x: 200, y: 2000 } });
  const free = largestFreeRect(PANE, COVERS);
  const main = { x1: 0, y1: 0, x2: 400, y2: 300 };
  const plain = frameClearOfOverlays(cy, main, 1.6, free, [], PANE);
  const clear = frameClearOfOverlays(cy, main, 1.6, free, COVERS, PANE);
  expect(clear.zoom).toBeGreaterThanOrEqual(plain.zoom * 0.75);
  cy.viewport(clear);
  expect(cy.getElementById('far').renderedPosition().y).toBeGreaterThan(PANE.y2);
});

test('a folded map on a phone-wide pane is framed to the pane, names included, not inside room kept for actor names', () => {
  const cy = cytoscape({ headless: true, minZoom: 0.05, maxZoom: 4, styleEnabled: true });
  // Two rows of folded communities 2,000 model units wide; the small one's name is wider than it.
  cy.add([
    { group: 'nodes', data: { id: 'k0', kind: 'community', box: 400 }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'k1', kind: 'community', box: 60 }, position: { x: 2000, y: 0 } },
    { group: 'nodes', data: { id: 'k2', kind: 'community', box: 300 }, position: { x: 1000, y: 1200 } },
  ]);
  const phone = { x1: 0, y1: 0, x2: 336, y2: 470 };
  const box = aliveBox(cy)!;
  // The small box's name (240 units wide, centred on it) is inside the frame.
  expect(box.x2).toBe(2000 + COMMUNITY_LABEL_WIDTH / 2);
  const folded = viewportFor(cy, box, 1.6, phone);
  const onScreen = (x: number) => x * folded.zoom + folded.pan.x;
  // The map spans the pane but for 8 px of room each side (it was 64 px for actor names).
  expect(onScreen(box.x1)).toBeCloseTo(8, 0);
  expect(onScreen(box.x2)).toBeCloseTo(336 - 8, 0);
  // With an actor drawn beside the boxes (a community opened) the names beside actors get their room back.
  cy.add({ group: 'nodes', data: { id: 'pak' }, position: { x: 1000, y: 600 } });
  expect(viewportFor(cy, box, 1.6, phone).zoom).toBeLessThan(folded.zoom * 0.7);
});
