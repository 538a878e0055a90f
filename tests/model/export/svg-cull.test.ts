import { describe, expect, it } from 'vitest';
import { indexDataset, layoutSpan, snapshotAt } from '../../../src/model';
import { snapshotToSvg } from '../../../src/model/export';
import { type DrawnNode, hiddenMarks } from '../../../src/model/export/svg-cull';
import { seededRandom } from '../../../src/model/synthetic';
import { loadFixture } from '../fixture';

const size = { width: 200, height: 100, unit: 1 };
const node = (id: string, x: number, y: number, named = false): DrawnNode => ({
  id,
  kind: 'country',
  at: { x, y },
  named,
});

describe('a PNG leaves out only what is painted over (issue 21: 100,000 actors in a picture)', () => {
  it('drops a node under the ones drawn after it, never one with a sliver showing or a name', () => {
    const under = [node('a', 50, 50), node('b', 50, 50), node('c', 53, 50), node('top', 51, 50)];
    expect([...hiddenMarks(under, [], size)]).toEqual([]);
    // Buried under a ring of four nodes drawn after it (each one is 20 px wide).
    // Under a 3×3 block of nodes 5 px apart drawn after it.
    const block = [-5, 0, 5].flatMap((dx) => [-5, 0, 5].map((dy) => node(`b${dx},${dy}`, 100 + dx, 50 + dy)));
    expect([...hiddenMarks([node('buried', 100, 50), ...block], [], size)]).toEqual(['buried']);
    expect([...hiddenMarks([node('buried', 100, 50, true), ...block], [], size)]).toEqual([]);
    // Drawn last, it is on top whatever lies under it.
    expect(hiddenMarks([...block, node('buried', 100, 50)], [], size).has('buried')).toBe(false);
  });

  it('drops a line only when every pixel of its stroke lies under a node', () => {
    const pile = [-5, 0, 5].flatMap((dx) => [-5, 0, 5].map((dy) => node(`b${dx},${dy}`, 100 + dx, 50 + dy)));
    const short = { id: 'short', from: { x: 98, y: 50 }, to: { x: 102, y: 50 }, width: 2 };
    const long = { id: 'long', from: { x: 100, y: 50 }, to: { x: 160, y: 50 }, width: 1 };
    expect([...hiddenMarks(pile, [short, long], size)]).toEqual(['short']);
  });

  it('changes nothing in the pictures of the seed dataset, and leaves the SVG export whole', () => {
    const index = indexDataset(loadFixture('../../data/entente.json'));
    const positions = layoutSpan(index);
    for (const at of ['1971-12-03', '2001-10-07']) {
      const snap = snapshotAt(index, at);
      expect(snapshotToSvg(snap, positions, { cullHidden: true })).toBe(snapshotToSvg(snap, positions));
    }
  });

  it('in a random crowd, drops many nodes, each one inside the fills of nodes drawn after it', () => {
    const random = seededRandom(3);
    const crowd = Array.from({ length: 1000 }, (_, i) =>
      node(`n${i}`, 60 + random() * 50, 20 + random() * 50),
    );
    const hidden = hiddenMarks(crowd, [], size);
    expect(hidden.size).toBeGreaterThan(300);
    // Every pixel a hidden node could touch (its radius, halo and a pixel) is within the opaque fill
    // (radius less a pixel) of a node drawn after it, whatever the grid.
    crowd.forEach((n, k) => {
      if (!hidden.has(n.id)) return;
      const later = crowd.slice(k + 1);
      for (let a = 0; a < 360; a += 10)
        for (const d of [0, 6, 11.75]) {
          const p = {
            x: n.at.x + d * Math.cos((a * Math.PI) / 180),
            y: n.at.y + d * Math.sin((a * Math.PI) / 180),
          };
          expect(later.some((m) => Math.hypot(m.at.x - p.x, m.at.y - p.y) <= 9)).toBe(true);
        }
    });
  });
});
