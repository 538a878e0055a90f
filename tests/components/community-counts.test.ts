import type { NodeSingular } from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { countsWhereNamesDoNotFit } from '../../src/components/graph/community-counts';
import { HIDDEN, type LabelCandidate, type NodeBox, planLabels } from '../../src/graph/label-plan';

const FREE = { x1: 0, y1: 0, x2: 1000, y2: 1000 };

/** A folded community's box (40 px square) at (x, y), and the candidate of its two-line name. */
function community(x: number, y: number, nameWidth: number, priority: number) {
  const node = { data: (key: string) => (key === 'box' ? 40 : undefined) } as unknown as NodeSingular;
  const named: LabelCandidate = { x, y, half: 20, gap: 0, w: nameWidth, h: 30, priority, centred: true };
  const disc: NodeBox = { r: { x1: x - 20, y1: y - 20, x2: x + 20, y2: y + 20 }, rank: 99 };
  return { node, named, disc };
}

function plan(boxes: ReturnType<typeof community>[], countWidth = 14) {
  const countOf = (_node: NodeSingular, named: LabelCandidate): LabelCandidate => ({
    ...named,
    w: countWidth,
    h: 15,
  });
  const candidates = boxes.map((b) => b.named);
  const discs = boxes.map((b) => b.disc);
  const first = planLabels(candidates, FREE, discs);
  const counts = countsWhereNamesDoNotFit(
    boxes.map((b) => b.node),
    candidates,
    first,
    discs,
    [],
    FREE,
    countOf,
  );
  return { first, counts };
}

describe('a community whose name finds no room shows its count', () => {
  test('boxes too close for a long name keep their count, inside their own box', () => {
    // Boxes 60 px apart: a 120 px name would cross the neighbouring boxes, a 60 px one fits.
    const boxes = [community(100, 100, 60, 3), community(160, 100, 120, 2), community(220, 100, 120, 1)];
    const { first, counts } = plan(boxes);
    expect(Array.from(first).map((p) => p !== HIDDEN)).toEqual([true, false, false]);
    expect(counts).toEqual([false, true, true]);
  });

  test('a count wider than its box gives way to a name already placed', () => {
    const boxes = [community(100, 100, 60, 3), community(160, 100, 120, 2)];
    // "12,345" in a 40 px box: it would reach into the first box's name.
    expect(plan(boxes, 60).counts).toEqual([false, false]);
  });

  test('a named box never gets a count as well, and a lone box keeps its name', () => {
    const { first, counts } = plan([community(100, 100, 60, 1), community(400, 400, 60, 1)]);
    expect(Array.from(first).every((p) => p !== HIDDEN)).toBe(true);
    expect(counts).toEqual([false, false]);
  });
});
