import type { ActorKind } from '../model';
import { KIND_COLORS, KIND_LABELS, SIGN_COLORS, TIE_COLOR } from '../model/export/palette';

/**
 * Okabe-Ito colours: blue for cooperation and vermillion for hostility stay distinct for the
 * common colour-vision deficiencies; hostility is also dashed so sign never depends on colour alone.
 * The colours and words are defined once in src/model/export/palette.ts, which the pictures share.
 */
export const SIGN_COLOURS = {
  positive: SIGN_COLORS['1'],
  negative: SIGN_COLORS['-1'],
  neutral: SIGN_COLORS['0'],
} as const;

const SHAPES: Record<ActorKind, string> = {
  country: 'ellipse',
  leader: 'diamond',
  organization: 'round-rectangle',
  group: 'hexagon',
};

export const KIND_STYLE: Record<ActorKind, { shape: string; colour: string; label: string }> = {
  country: { shape: SHAPES.country, colour: KIND_COLORS.country, label: KIND_LABELS.country },
  leader: { shape: SHAPES.leader, colour: KIND_COLORS.leader, label: KIND_LABELS.leader },
  organization: {
    shape: SHAPES.organization,
    colour: KIND_COLORS.organization,
    label: KIND_LABELS.organization,
  },
  group: { shape: SHAPES.group, colour: KIND_COLORS.group, label: KIND_LABELS.group },
};

export const TIE_COLOUR = TIE_COLOR;

export interface ThemeColours {
  text: string;
  textOutline: string;
  background: string;
  selection: string;
}

export const THEME_COLOURS: Record<'light' | 'dark', ThemeColours> = {
  light: { text: '#1d2330', textOutline: '#ffffff', background: '#f7f8fa', selection: '#6b3fa0' },
  dark: { text: '#e8eaf0', textOutline: '#14171f', background: '#14171f', selection: '#c9a6ff' },
};
