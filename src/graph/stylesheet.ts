import type { StylesheetJson } from 'cytoscape';
import type { ActorKind } from '../model';
import { overlayRules } from './camps';
import { communityRules } from './community-style';
import { tieRules } from './tie-style';
import { HOSTILE_DASH, INSUFFICIENT_LOOK, relationOpacity, relationWidth } from '../model/export/legend';
import { KIND_STYLE, SIGN_COLOURS, THEME_COLOURS, TIE_COLOUR } from './palette';

/**
 * Sign colours per theme: Okabe-Ito blue and vermillion on light; on dark the blue is too dim, so
 * sky blue and a lighter vermillion (still told apart by the common colour-vision deficiencies).
 */
export const THEME_SIGN_COLOURS: Record<'light' | 'dark', Record<keyof typeof SIGN_COLOURS, string>> = {
  light: SIGN_COLOURS,
  dark: { positive: '#56B4E9', negative: '#E8743B', neutral: '#8A8F98' },
};

type Rule = { selector: string; style: Record<string, unknown> };

/** Node diameter on screen (zoomed out) by importance step: idle, in play, main actor of the moment. */
export const NODE_PX = [14, 22, 34] as const;

/** No name is drawn smaller than this on screen. */
export const MIN_LABEL_PX = 11;

/** The only arrowhead WebGL mode draws as asked (others come out as triangles): hostility's mark there. */
export const HOSTILE_END_WEBGL = 'triangle';

/** The whole look of the graph, derived from element data (kind, sign, quantised weight w). */
export interface StyleOptions {
  /** False for the WebGL renderer, which cannot dash lines: hostility then gets bar ends instead. */
  dashes?: boolean;
  /** Node label size in model units (grows when zoomed out so labels stay legible). */
  labelSize?: number;
  /**
   * Fade actors in and out (250 ms). Off while time moves: every faded step costs several full redraws
   * instead of one, and on large graphs, where one redraw is already a frame's budget.
   */
  fade?: boolean;
  /** Labels smaller than this on screen are not drawn (large graphs, zoomed out); 0 draws all. */
  minLabelPx?: number;
  /**
   * Only nodes of class `named` show their label (large graphs): a first draw of thousands of nodes
   * then measures and paints no name until the label placement has chosen the few that fit.
   */
  namedOnly?: boolean;
  /**
   * Relations as haystack lines (large graphs, canvas renderer): Cytoscape then skips its per-frame
   * search for parallel edges and the bezier maths, its costliest edge work. Ties keep their arrows.
   */
  fastEdges?: boolean;
  /**
   * A community is open on the grouped map: the camera is in close, where the folded map's long, wide
   * hostile dashes would read as heavy bars; meta-edges are drawn thinner with the relations' dashes.
   */
  communitiesOpen?: boolean;
}

export function stylesheet(theme: 'light' | 'dark', options: StyleOptions = {}): StylesheetJson {
  return rules(theme, options) as unknown as StylesheetJson;
}

function rules(theme: 'light' | 'dark', options: StyleOptions): Rule[] {
  const c = THEME_COLOURS[theme];
  const sign = THEME_SIGN_COLOURS[theme];
  const dashes = options.dashes ?? true;
  const font = options.labelSize ?? 11;
  const fade = options.fade ?? true;
  // Model units per screen pixel when zoomed out (labelSize keeps 11 px on screen): sizes in screen terms.
  const unit = Math.max(1, font / 11);
  // Nodes shrink on screen (down to half) once zoomed out past about 0.2, where a wide layout framed
  // in a phone's strip would otherwise be a pile of discs; names keep their 11 px.
  const disc = unit * Math.min(1, Math.max(0.5, 55 / font));
  const kinds = Object.entries(KIND_STYLE) as [ActorKind, (typeof KIND_STYLE)[ActorKind]][];
  return [
    {
      selector: 'node',
      style: {
        label: options.namedOnly ? '' : 'data(label)',
        color: c.text,
        'font-size': font,
        'text-valign': 'bottom',
        'text-wrap': 'ellipsis',
        'text-max-width': font * 14,
        'text-margin-y': 3 * unit,
        'text-outline-color': c.textOutline,
        'text-outline-width': 2,
        width: NODE_PX[0] * disc,
        height: NODE_PX[0] * disc,
        'border-width': 1.5 * unit,
        'border-color': c.textOutline,
        ...(fade ? { 'transition-property': 'opacity', 'transition-duration': 250 } : {}),
        // A name smaller than this on screen is not drawn at all (src/components/graph/graph-legibility.ts).
        'min-zoomed-font-size': Math.max(MIN_LABEL_PX, options.minLabelPx ?? 0),
      },
    },
    // Size follows importance at the viewed date (data tier, src/model/time/importance.ts).
    {
      selector: 'node[tier = 1]',
      style: { width: NODE_PX[1] * disc, height: NODE_PX[1] * disc, 'z-index': 1 },
    },
    {
      selector: 'node[tier = 2]',
      style: {
        width: NODE_PX[2] * disc,
        height: NODE_PX[2] * disc,
        'z-index': 2,
        'font-size': Math.round(font * 1.2),
        'font-weight': 600,
        'text-max-width': font * 16,
      },
    },
    ...kinds.map(([kind, s]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: s.shape, 'background-color': s.colour },
    })),
    {
      selector: 'node[kind = "leader"]',
      style: { width: NODE_PX[0] * 0.8 * disc, height: NODE_PX[0] * 0.8 * disc },
    },
    // Names the label placement chose (large graphs), left out (overlap, outside the free area) or
    // put over or beside the node.
    { selector: 'node.named', style: { label: 'data(label)' } },
    { selector: 'node.quiet', style: { label: '' } },
    // A folded community whose name finds no room shows its count alone (graph-legibility.ts).
    { selector: 'node.label-count', style: { label: 'data(count)' } },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 * unit } },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': 0,
        'text-margin-x': 3 * unit,
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        'text-margin-x': -3 * unit,
      },
    },
    {
      selector: 'edge',
      style: {
        // Width shows the strength of the tone, opacity the confidence (evidence against the baseline).
        ...(options.fastEdges && dashes
          ? { 'curve-style': 'haystack', 'haystack-radius': 0 }
          : { 'curve-style': 'bezier' }),
        width: `mapData(w, 0, 1, ${relationWidth(0)}, ${relationWidth(1)})`,
        opacity: `mapData(c, 0, 1, ${relationOpacity(0)}, ${relationOpacity(1)})`,
        'line-color': sign.neutral,
        // Relations over ties, so a click on the line drawn on top opens the relation.
        'z-index': 2,
      },
    },
    { selector: 'edge[kind = "relation"][sign > 0]', style: { 'line-color': sign.positive } },
    {
      selector: 'edge[kind = "relation"][sign < 0]',
      style: {
        'line-color': sign.negative,
        ...(dashes
          ? { 'line-style': 'dashed', 'line-dash-pattern': [...HOSTILE_DASH] }
          : {
              'target-arrow-shape': HOSTILE_END_WEBGL,
              'source-arrow-shape': HOSTILE_END_WEBGL,
              'arrow-scale': 0.8,
            }),
        'target-arrow-color': sign.negative,
        'source-arrow-color': sign.negative,
      },
    },
    {
      selector: 'edge[kind = "relation"][low = 1]',
      // Insufficient evidence: thin, faint, grey, and dotted where the renderer can dash.
      style: {
        'line-color': sign.neutral,
        width: INSUFFICIENT_LOOK.width,
        opacity: INSUFFICIENT_LOOK.opacity,
        ...(dashes ? { 'line-style': 'dotted' } : {}),
      },
    },
    {
      selector: 'edge[kind != "relation"]',
      // Bundled with the relation of the same pair (both bezier), so the two lines run apart and each
      // can be clicked; haystack relations (large graphs) are not bundled, so ties stay straight there.
      style: {
        width: 1.5,
        opacity: 0.7,
        'line-color': TIE_COLOUR,
        'curve-style': options.fastEdges && dashes ? 'straight' : 'bezier',
        'control-point-step-size': 16 * unit,
        'z-index': 1,
      },
    },
    // Every tie type's look comes from the one definition the legend and the pictures read.
    ...tieRules(theme, dashes),
    ...communityRules(theme, c, sign, font, {
      dashes,
      webglEnd: HOSTILE_END_WEBGL,
      close: options.communitiesOpen ?? false,
    }),
    // Actors a story chapter names: a ring that survives the dimming of a selection.
    {
      selector: 'node.story',
      style: {
        'border-width': 3 * unit,
        'border-color': c.selection,
        'border-opacity': 1,
        'underlay-color': c.selection,
        'underlay-opacity': 0.3,
        'underlay-padding': 7 * unit,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: ':selected',
      style: { 'overlay-color': c.selection, 'overlay-opacity': 0.25, 'overlay-padding': 6 },
    },
    { selector: 'node.dimmed, edge.dimmed', style: { opacity: 0.15 } },
    // Last, so an absent actor stays invisible whatever else applies to it.
    { selector: 'node.absent', style: { opacity: 0, events: 'no', label: '' } },
    // Camps view, compare and sizing (src/graph/camps.ts) come last so they win.
    ...overlayRules(),
  ];
}
