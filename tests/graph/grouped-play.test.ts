import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { type DrawnMode, drawGrouped, placementMemo } from '../../src/components/graph/graph-groups';
import { META_HOSTILE_DASH, META_HOSTILE_DASH_CLOSE } from '../../src/graph/community-style';
import { stylesheet } from '../../src/graph/stylesheet';
import { syntheticDataset } from '../../src/model/synthetic';
import { createEntenteStore } from '../../src/store';

const same = (_id: string, label: string) => label;

/** About the zoom at which a 2,000-actor grouped map opens at 1440x900 (0.31 measured in the bench). */
const GROUPED_MAP_ZOOM = 0.3;

describe('the grouped map while time plays', () => {
  /** Two folded communities and a hostile meta-edge between them, styled with `communitiesOpen`. */
  function hostileMetaEdge(communitiesOpen: boolean) {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet('light', { dashes: true, communitiesOpen }),
    });
    cy.add([
      {
        data: { id: 'c:0', kind: 'community', community: 0, box: 200, members: 12 },
        position: { x: 0, y: 0 },
      },
      {
        data: { id: 'c:1', kind: 'community', community: 1, box: 200, members: 9 },
        position: { x: 900, y: 0 },
      },
      {
        data: { id: 'meta:c:0~c:1', source: 'c:0', target: 'c:1', kind: 'meta', sign: -1, w: 0.5, loose: 0 },
      },
    ]);
    const edge = cy.getElementById('meta:c:0~c:1');
    expect(edge.style('line-style')).toBe('dashed');
    const styled = edge as unknown as { pstyle(name: string): { pfValue: number[] & number } };
    const [dash, gap] = styled.pstyle('line-dash-pattern').pfValue;
    return { dash, gap, width: styled.pstyle('width').pfValue };
  }

  it('draws hostile meta-edges with dashes long enough to read as dashes on the zoomed-out map', () => {
    const { dash, gap } = hostileMetaEdge(false);
    expect([dash, gap]).toEqual([...META_HOSTILE_DASH]);
    // On screen: a dash of several pixels and a gap the eye can see, not a grey blur of 3 px dashes.
    expect(dash * GROUPED_MAP_ZOOM).toBeGreaterThanOrEqual(8);
    expect(gap * GROUPED_MAP_ZOOM).toBeGreaterThanOrEqual(4);
  });

  it("with a community open (the camera in close) draws them thinner, with the relations' dashes", () => {
    const folded = hostileMetaEdge(false);
    const open = hostileMetaEdge(true);
    expect([open.dash, open.gap]).toEqual([...META_HOSTILE_DASH_CLOSE]);
    expect(open.width).toBeLessThan(folded.width);
  });

  it('reports how many actors it draws on their own, so a folded map skips ranking actors', async () => {
    const store = createEntenteStore(syntheticDataset({ seed: 5, actors: 400, pairs: 1600, events: 4000 }));
    const { start, end } = store.getState().index.span;
    store.getState().setTime(Math.round((start + end) / 2));
    await store.getState().findCommunities();
    store.getState().groupCommunities();
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const positions = new Map(store.getState().index.actorOrder.map((id, i) => [id, { x: i * 10, y: 0 }]));
    const memo = placementMemo();
    const drawn: { current: DrawnMode } = { current: 'actors' };
    const actorNodes = () => cy.nodes().filter((n) => n.data('kind') !== 'community').length;

    const folded = drawGrouped(cy, store.getState(), positions, memo, same, drawn);
    expect(folded).toBe(actorNodes());

    const biggest = [...store.getState().communities!.communities.entries()]
      .filter(([, c]) => !c.loose)
      .sort((a, b) => b[1].members.length - a[1].members.length)[0][0];
    store.getState().expandCommunity(biggest);
    const expanded = drawGrouped(cy, store.getState(), positions, memo, same, drawn);
    expect(expanded).toBe(actorNodes());
    expect(expanded).toBeGreaterThan(folded ?? 0);
  });
});
