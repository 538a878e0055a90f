import { describe, expect, it } from 'vitest';
import { rendererOptions, suggestWebgl, WEBGL_SUGGESTED_ELEMENTS } from '../../src/graph/renderer';
import { stylesheet } from '../../src/graph/stylesheet';

describe('renderer options', () => {
  it('asks for the canvas renderer in WebGL mode only when WebGL is on', () => {
    expect(rendererOptions(false)).toEqual({});
    expect(rendererOptions(true).renderer).toMatchObject({ name: 'canvas', webgl: true });
  });

  it('suggests WebGL for large graphs only', () => {
    expect(suggestWebgl(WEBGL_SUGGESTED_ELEMENTS - 1)).toBe(false);
    expect(suggestWebgl(WEBGL_SUGGESTED_ELEMENTS)).toBe(true);
  });

  it('keeps hostility visible without dashes: colour and arrowheads on negative relations', () => {
    const rules = stylesheet('light', { dashes: false }) as unknown as {
      selector: string;
      style: Record<string, unknown>;
    }[];
    const hostile = rules.find((r) => r.selector.includes('[sign < 0]'))!;
    const friendly = rules.find((r) => r.selector.includes('[sign > 0]'))!;
    expect(hostile.style['line-style']).toBeUndefined();
    expect(hostile.style['line-color']).not.toBe(friendly.style['line-color']);
    expect(hostile.style['target-arrow-shape']).not.toBe('none');
    expect(hostile.style['source-arrow-shape']).not.toBe('none');
    // WebGL draws any other arrowhead as a triangle, so only triangles are asked for, and the
    // membership tie (a circle on canvas) has none there, or it would read as "leads".
    for (const rule of rules)
      for (const key of ['target-arrow-shape', 'source-arrow-shape'])
        expect([undefined, 'none', 'triangle']).toContain(rule.style[key]);
    const membership = rules.find((r) => r.selector === 'edge[kind = "membership"]')!;
    expect(membership.style['target-arrow-shape']).toBeUndefined();
    // Relations and ties (the sign-bearing rules) draw solid lines only.
    for (const rule of rules.filter((r) => r.selector.startsWith('edge[kind')))
      expect(rule.style['line-style'] ?? 'solid').toBe('solid');
  });
});
