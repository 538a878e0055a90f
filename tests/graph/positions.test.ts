import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  aliveBox,
  animatePositions,
  applyPositions,
  readPositions,
  xyToPositions,
} from '../../src/graph/positions';
import { graphOnScreen } from '../../src/components/graph/use-layout-commands';
import { LINK_FRIEND, LINK_MEMBER, LINK_RIVAL } from '../../src/model';

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    { group: 'nodes', data: { id: 'pak', kind: 'country' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'ind', kind: 'country' }, position: { x: 100, y: 0 } },
    { group: 'nodes', data: { id: 'seato', kind: 'organization' }, position: { x: 0, y: 100 } },
    {
      group: 'nodes',
      data: { id: 'ussr', kind: 'country' },
      position: { x: -900, y: 900 },
      classes: 'absent',
    },
    { group: 'edges', data: { id: 'r1', source: 'pak', target: 'ind', kind: 'relation', sign: -1, w: 0.8 } },
    { group: 'edges', data: { id: 't1', source: 'pak', target: 'seato', kind: 'membership', sign: 1, w: 1 } },
    { group: 'edges', data: { id: 'r2', source: 'pak', target: 'ussr', kind: 'relation', sign: 1, w: 0.3 } },
  ]);
  return cy;
}

describe('graph position helpers (headless cytoscape)', () => {
  it('applyPositions moves only nodes with a new position, in one batch', () => {
    const cy = graph();
    let batches = 0;
    cy.on('position', () => batches++);
    const moved = applyPositions(
      cy,
      new Map([
        ['pak', { x: 5, y: 6 }],
        ['ind', { x: 100, y: 0 }],
        ['nobody', { x: 1, y: 1 }],
      ]),
    );
    expect(moved).toBe(1);
    expect(cy.getElementById('pak').position()).toEqual({ x: 5, y: 6 });
    expect(cy.getElementById('ind').position()).toEqual({ x: 100, y: 0 });
    expect(batches).toBeGreaterThan(0);
  });

  it('animatePositions lands every node with a position and leaves the others', async () => {
    const cy = graph();
    await animatePositions(cy, new Map([['seato', { x: 40, y: 50 }]]), 0);
    expect(cy.getElementById('seato').position()).toEqual({ x: 40, y: 50 });
    expect(cy.getElementById('pak').position()).toEqual({ x: 0, y: 0 });
    expect(readPositions(cy).get('seato')).toEqual({ x: 40, y: 50 });
  });

  it('frames only the actors present at the viewed date', () => {
    expect(aliveBox(graph())).toEqual({ x1: 0, y1: 0, x2: 100, y2: 100 });
    const cy = graph();
    cy.nodes().addClass('absent');
    expect(aliveBox(cy)).toBeNull();
  });

  it('the graph on screen has the present actors and the links between them, typed', () => {
    const g = graphOnScreen(graph());
    expect(g.ids).toEqual(['pak', 'ind', 'seato']);
    const links = Array.from(g.source, (s, k) => [g.ids[s], g.ids[g.target[k]], g.type[k]]);
    expect(links).toEqual([
      ['pak', 'ind', LINK_RIVAL],
      ['pak', 'seato', LINK_MEMBER],
    ]);
    expect(LINK_FRIEND).not.toBe(LINK_RIVAL);
  });

  it('reads interleaved worker output as rounded positions', () => {
    expect([...xyToPositions(['a', 'b'], Float32Array.from([1.4, 2.6, -3.5, 4]))]).toEqual([
      ['a', { x: 1, y: 3 }],
      ['b', { x: -3, y: 4 }],
    ]);
  });
});
