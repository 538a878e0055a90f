import { MEMBER_SIZE } from '../model';
import type { ThemeColours } from './palette';

type Rule = { selector: string; style: Record<string, unknown> };

/**
 * Dashes of hostile meta-edges, in model units. The grouped map is seen zoomed far out (about 0.3 at
 * 1440x900), where the relations' 9/5 pattern became 3 px dashes: hundreds per line, which the
 * software rasteriser strokes one by one on every frame while playing (a third of the frame). Four
 * times longer, they read as dashes on screen and cost about what solid lines cost.
 */
export const META_HOSTILE_DASH = [36, 20] as const;
/** With a community open the camera is in close (zoom about 1): the relations' own dashes read there. */
export const META_HOSTILE_DASH_CLOSE = [9, 5] as const;

/** A folded community's name wraps at this width (model units), centred on its box. */
export const COMMUNITY_LABEL_WIDTH = 240;

/** Fill of a folded community per theme: neutral, so actor kinds keep their colours for actors. */
const COMMUNITY_FILL = { light: '#e4e1ee', dark: '#2d2a3a' } as const;

/**
 * Folded communities (src/graph/grouped-sync.ts): a round rectangle sized by its member count, the
 * count on the first line of its label and its lead member's name under it; meta-edges coloured by
 * the sign of their summed tone, as thick as the log of the relations they stand for.
 */
export function communityRules(
  theme: 'light' | 'dark',
  c: ThemeColours,
  sign: { positive: string; negative: string; neutral: string },
  font: number,
  /** Dashes where the renderer can draw them; WebGL cannot: hostile meta-edges then get arrowheads. */
  hostileEnds: { dashes: boolean; webglEnd: string; close?: boolean },
): Rule[] {
  return [
    {
      selector: 'node[kind = "community"]',
      style: {
        shape: 'round-rectangle',
        width: 'data(box)',
        height: 'data(box)',
        'background-color': COMMUNITY_FILL[theme],
        'border-width': 2,
        'border-color': c.selection,
        'border-opacity': 0.7,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        // The name may run past a small box; the outline keeps it legible over what lies behind.
        'text-max-width': COMMUNITY_LABEL_WIDTH,
        'text-margin-y': 0,
        'font-size': font,
        'font-weight': 600,
        'line-height': 1.25,
      },
    },
    // Actors on the grouped map scale with the boxes (model units, not screen pixels), so an expanded
    // community's members stay inside the room its placement made for them at any zoom.
    { selector: 'node[grouped > 0]', style: { width: MEMBER_SIZE, height: MEMBER_SIZE } },
    {
      selector: 'node[kind = "community"][loose = 1]',
      style: { 'border-style': 'dashed', 'border-opacity': 0.5 },
    },
    {
      selector: 'edge[kind = "meta"]',
      style: {
        // Haystack lines skip Cytoscape's search for parallel edges and control points on every frame
        // (a grouped view has hundreds of meta-edges); WebGL needs straight lines for its arrowheads.
        ...(hostileEnds.dashes
          ? { 'curve-style': 'haystack', 'haystack-radius': 0 }
          : { 'curve-style': 'straight' }),
        'line-style': 'solid',
        width: hostileEnds.close ? 'mapData(w, 0, 1, 0.5, 4)' : 'mapData(w, 0, 1, 1, 12)',
        opacity: 0.45,
        'line-color': sign.neutral,
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
      },
    },
    { selector: 'edge[kind = "meta"][sign > 0]', style: { 'line-color': sign.positive } },
    {
      selector: 'edge[kind = "meta"][sign < 0]',
      style: {
        'line-color': sign.negative,
        ...(hostileEnds.dashes
          ? {
              'line-style': 'dashed',
              'line-dash-pattern': [...(hostileEnds.close ? META_HOSTILE_DASH_CLOSE : META_HOSTILE_DASH)],
            }
          : {
              'target-arrow-shape': hostileEnds.webglEnd,
              'source-arrow-shape': hostileEnds.webglEnd,
              'target-arrow-color': sign.negative,
              'source-arrow-color': sign.negative,
            }),
      },
    },
    { selector: 'edge[kind = "meta"][loose = 1]', style: { opacity: 0.15 } },
  ];
}
