import { describe, expect, test } from 'vitest';
import { countOverlaps, declutter } from '../../src/graph/declutter';
import { graphLabel } from '../../src/graph/graph-label';
import type { Actor } from '../../src/model';

const pane = { width: 800, height: 500 };

describe('declutter', () => {
  test('separates labels that would overlap and keeps the rest of the layout', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 2, y: 1 }],
      ['c', { x: 400, y: 300 }],
      ['d', { x: -400, y: -300 }],
    ]);
    const label = () => 'Some long label';
    expect(countOverlaps(positions, label, pane)).toBe(1);
    const out = declutter(positions, label, pane);
    expect(countOverlaps(out, label, pane)).toBe(0);
    expect(out.get('c')).toEqual({ x: 400, y: 300 });
  });

  test('actors that never coexist may share a spot', () => {
    const positions = new Map([
      ['ussr-era', { x: 0, y: 0 }],
      ['later', { x: 1, y: 0 }],
      ['far', { x: 500, y: 300 }],
    ]);
    const out = declutter(positions, () => 'Label', pane, { coexist: () => false });
    expect(out).toEqual(positions);
  });

  test('is deterministic', () => {
    const positions = new Map(
      Array.from({ length: 30 }, (_, i) => [`n${i}`, { x: (i * 37) % 100, y: (i * 53) % 60 }]),
    );
    expect(declutter(positions, (id) => id, pane)).toEqual(declutter(positions, (id) => id, pane));
  });
});

describe('graphLabel', () => {
  const actor = (kind: Actor['kind'], aliases: string[]): Actor => ({
    id: 'x',
    kind,
    labels: [{ label: 'x' }],
    aliases,
  });
  test('long organization names give way to their acronym, long personal names to the surname', () => {
    expect(
      graphLabel(
        actor('organization', ['Islamic Conference', 'OIC']),
        'Organisation of the Islamic Conference',
      ),
    ).toBe('OIC');
    expect(graphLabel(actor('leader', ['Kasuri']), 'Khurshid Mahmud Kasuri')).toBe('Kasuri');
    expect(graphLabel(actor('country', []), 'Pakistan')).toBe('Pakistan');
    expect(graphLabel(actor('organization', []), 'Commonwealth of Nations')).toBe('Commonwealth of Nations');
  });
});
