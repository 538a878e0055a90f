import { type LineLook, TIE_LOOKS, forWebgl, inkColour } from '../model/export/legend';

type Rule = { selector: string; style: Record<string, unknown> };

const ARROW = { tee: 'tee', dot: 'circle', arrow: 'triangle' } as const;

/**
 * The ties' Cytoscape rules, generated from the looks the pictures and the legend read
 * (src/model/export/legend.ts), so the screen, the legend and every export draw a tie alike.
 */
export function tieRules(theme: 'light' | 'dark', dashes: boolean): Rule[] {
  return (Object.entries(TIE_LOOKS) as [string, LineLook][]).map(([kind, look]) => {
    const l = dashes ? look : forWebgl(look);
    const colour = inkColour(l.ink, theme === 'dark');
    // Each tie kind matches one rule after the common tie rule, so what is left out stays solid, unmarked.
    const dash =
      l.dash === 'dotted'
        ? { 'line-style': 'dotted' }
        : l.dash
          ? { 'line-style': 'dashed', 'line-dash-pattern': [...l.dash] }
          : {};
    const ends = l.end
      ? {
          'target-arrow-shape': ARROW[l.end],
          ...(l.both ? { 'source-arrow-shape': ARROW[l.end] } : {}),
          'target-arrow-color': colour,
          'source-arrow-color': colour,
          'arrow-scale': l.end === 'dot' ? 0.7 : 0.8,
        }
      : {};
    return {
      selector: `edge[kind = "${kind}"]`,
      style: { width: l.width, opacity: l.opacity, 'line-color': colour, ...dash, ...ends },
    };
  });
}
