import type { ActorKind, Sign, SnapshotEdge } from '../types';

/**
 * Colours and strokes of the vector and GEXF exports. They repeat the on-screen graph's palette
 * (src/graph/palette.ts, which src/model may not import) so an exported picture reads like the app:
 * Okabe–Ito hues, and hostility dashed so sign never depends on colour alone.
 */
export const KIND_COLORS: Record<ActorKind, string> = {
  country: '#4C6A92',
  leader: '#E69F00',
  organization: '#009E73',
  group: '#CC79A7',
};

export const SIGN_COLORS: Record<'1' | '0' | '-1', string> = {
  '1': '#0072B2',
  '0': '#999999',
  '-1': '#D55E00',
};

/** On a dark background the blue is too dim: sky blue and a lighter vermillion, as on screen. */
export const DARK_SIGN_COLORS: Record<'1' | '0' | '-1', string> = {
  '1': '#56B4E9',
  '0': '#8A8F98',
  '-1': '#E8743B',
};

export const TIE_COLOR = '#8a8f98';

export const KIND_LABELS: Record<ActorKind, string> = {
  country: 'Country',
  organization: 'Organization',
  leader: 'Leader',
  group: 'Group',
};

export function signColor(sign: Sign, dark = false): string {
  return (dark ? DARK_SIGN_COLORS : SIGN_COLORS)[String(sign) as '1' | '0' | '-1'];
}

/**
 * Relations are coloured by sign (hostile ones dashed); ties are dotted grey, wars heavy and dashed,
 * and other hostile ties (rivalries) dotted in the hostile colour.
 */
export function edgeStroke(
  edge: SnapshotEdge,
  dark = false,
): { color: string; dash?: string; width: number } {
  const width = 1 + 5 * edge.weight;
  const hostile = signColor(-1, dark);
  if (edge.kind === 'relation')
    return { color: signColor(edge.sign, dark), width, ...(edge.sign < 0 ? { dash: '7 4' } : {}) };
  if (edge.kind === 'war') return { color: hostile, dash: '12 4', width: 4 };
  if (edge.sign < 0) return { color: hostile, dash: '2 3', width: 2 };
  return { color: TIE_COLOR, dash: '2 3', width: 1.5 };
}

/** "#RRGGBB" to 0–255 channels (GEXF viz:color wants them apart). */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
