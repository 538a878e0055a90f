import type { ActorKind } from '../model';

/**
 * Okabe-Ito colours: blue for cooperation and vermillion for hostility stay distinct for the
 * common colour-vision deficiencies; hostility is also dashed so sign never depends on colour alone.
 */
export const SIGN_COLOURS = { positive: '#0072B2', negative: '#D55E00', neutral: '#999999' } as const;

export const KIND_STYLE: Record<ActorKind, { shape: string; colour: string; label: string }> = {
  country: { shape: 'ellipse', colour: '#4C6A92', label: 'Country' },
  leader: { shape: 'diamond', colour: '#E69F00', label: 'Leader' },
  organization: { shape: 'round-rectangle', colour: '#009E73', label: 'Organization' },
  group: { shape: 'hexagon', colour: '#CC79A7', label: 'Group' },
};

export const TIE_COLOUR = '#8a8f98';

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
