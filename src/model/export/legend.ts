import { quantiseConfidence, quantiseWeight } from '../time/looks';
import type { ActorKind, SnapshotEdge, TieType } from '../types';
import { KIND_LABELS, TIE_COLOR, signColor } from './palette';

/**
 * The one definition of how edges look and what the legend says, read by the on-screen stylesheet
 * (src/graph/stylesheet.ts), the screen legend (src/components/Legend.tsx) and the picture exports
 * (SVG, PNG, video, deck), so a picture and the screen never disagree on a colour, a dash or a word.
 */

/** Which palette colour a line takes; resolved per theme by `inkColour`. */
export type LineInk = 'positive' | 'negative' | 'neutral' | 'tie';
export type EndMark = 'tee' | 'dot' | 'arrow';

export interface LineLook {
  ink: LineInk;
  /** Width in screen pixels (relations: the width at full strength comes from `relationWidth`). */
  width: number;
  opacity: number;
  /** Dash pattern in pixels where the renderer can dash; 'dotted' for a dotted line. */
  dash?: readonly number[] | 'dotted';
  /** A mark at the target end; `both` puts it at the source end too. */
  end?: EndMark;
  both?: boolean;
  /** WebGL cannot dash or draw most arrowheads: what it draws instead (merged over the look). */
  webgl?: Partial<Omit<LineLook, 'webgl'>>;
}

export function inkColour(ink: LineInk, dark: boolean): string {
  if (ink === 'tie') return TIE_COLOR;
  return signColor(ink === 'positive' ? 1 : ink === 'negative' ? -1 : 0, dark);
}

/** Relations: width grows with the strength of the tone, opacity with the confidence. */
export const relationWidth = (weight: number) => 1 + 8 * weight;
export const relationOpacity = (confidence: number) => 0.35 + 0.6 * confidence;
export const HOSTILE_DASH = [7, 4] as const;

export const INSUFFICIENT_LOOK: LineLook = { ink: 'neutral', width: 1.5, opacity: 0.5, dash: 'dotted' };

/** Every tie type's look; the types sharing a look share a legend entry. */
export const TIE_LOOKS: Record<TieType, LineLook> = {
  membership: {
    ink: 'tie',
    width: 1.5,
    opacity: 0.7,
    dash: 'dotted',
    end: 'dot',
    webgl: { dash: undefined, end: undefined },
  },
  leadership: { ink: 'tie', width: 1.5, opacity: 0.7, end: 'arrow' },
  patronage: { ink: 'tie', width: 1.5, opacity: 0.7, end: 'arrow' },
  treaty: { ink: 'positive', width: 3, opacity: 0.35 },
  alliance: { ink: 'positive', width: 3, opacity: 0.35 },
  alignment: { ink: 'positive', width: 3, opacity: 0.35 },
  rivalry: { ink: 'negative', width: 3, opacity: 0.35, dash: [10, 5], webgl: { dash: undefined } },
  estrangement: { ink: 'negative', width: 3, opacity: 0.35, dash: [10, 5], webgl: { dash: undefined } },
  'proxy-contest': { ink: 'negative', width: 3, opacity: 0.35, dash: [10, 5], webgl: { dash: undefined } },
  war: { ink: 'negative', width: 4, opacity: 0.5, end: 'tee', both: true, webgl: { end: 'arrow' } },
};

/**
 * How one snapshot edge is drawn: the look of its tie type, or of its relation at its strength and
 * confidence, quantised as the screen quantises them (src/model/time/looks.ts).
 */
export function lookOfEdge(edge: SnapshotEdge): LineLook {
  if (edge.kind !== 'relation') return TIE_LOOKS[edge.kind];
  if (edge.insufficient) return INSUFFICIENT_LOOK;
  const w = quantiseWeight(edge.weight);
  const c = quantiseConfidence(edge.confidence ?? 1);
  const ink: LineInk = edge.sign > 0 ? 'positive' : edge.sign < 0 ? 'negative' : 'neutral';
  return {
    ink,
    width: relationWidth(w),
    opacity: relationOpacity(c),
    ...(edge.sign < 0 ? { dash: HOSTILE_DASH, webgl: { end: 'arrow' as const, both: true } } : {}),
  };
}

/** A legend swatch: a node shape, a line, or the widening wedge for "stronger tone". */
export type LegendMark = { kind: ActorKind } | { line: LineLook } | { wedge: LineInk };

export interface LegendEntry {
  words: string;
  mark: LegendMark;
  group: 'kinds' | 'relations' | 'ties';
}

const line = (look: LineLook): LegendMark => ({ line: look });
/** Swatches are drawn a little bolder than the edges so a 30-pixel sample still shows its style. */
const bold = (look: LineLook, width: number, opacity = Math.max(look.opacity, 0.5)): LegendMark =>
  line({ ...look, width, opacity });

const KIND_ORDER: ActorKind[] = ['country', 'leader', 'organization', 'group'];

/** The legend of the graph, in the screen's order and words. */
export const LEGEND: readonly LegendEntry[] = [
  ...KIND_ORDER.map((kind) => ({ words: KIND_LABELS[kind], mark: { kind }, group: 'kinds' as const })),
  { words: 'Cooperation', mark: line({ ink: 'positive', width: 2.5, opacity: 1 }), group: 'relations' },
  {
    words: 'Hostility',
    mark: line({
      ink: 'negative',
      width: 2.5,
      opacity: 1,
      dash: [6, 3],
      webgl: { dash: undefined, end: 'arrow', both: true },
    }),
    group: 'relations',
  },
  { words: 'Neutral', mark: line({ ink: 'neutral', width: 2.5, opacity: 1 }), group: 'relations' },
  { words: 'Wider = stronger tone', mark: { wedge: 'neutral' }, group: 'relations' },
  {
    words: 'Fainter = less evidence',
    mark: line({ ink: 'positive', width: 2.5, opacity: 0.35 }),
    group: 'relations',
  },
  { words: 'Insufficient evidence', mark: bold(INSUFFICIENT_LOOK, 2.5, 1), group: 'relations' },
  { words: 'Member of', mark: bold(TIE_LOOKS.membership, 2, 1), group: 'ties' },
  { words: 'Leads, patron of', mark: bold(TIE_LOOKS.leadership, 2, 1), group: 'ties' },
  { words: 'Treaty, alliance, alignment', mark: bold(TIE_LOOKS.alliance, 5), group: 'ties' },
  { words: 'Rivalry, estrangement, proxy contest', mark: bold(TIE_LOOKS.rivalry, 4), group: 'ties' },
  { words: 'War', mark: bold(TIE_LOOKS.war, 5, 0.65), group: 'ties' },
];

/** A look as the WebGL renderer draws it. */
export const forWebgl = (look: LineLook): LineLook => ({ ...look, ...look.webgl });

/** The words of the legend, in order (what a test compares between screen and picture). */
export const legendWords = () => LEGEND.map((e) => e.words);
