/**
 * Text colours chosen by WCAG contrast against the picture's background, so a title, date, legend or
 * label stays readable on any `--background` (or theme) instead of a fixed dark grey.
 */

/** The CSS basic colour keywords the CLI accepts beside #hex and "transparent". */
export const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
};

/** "#rgb", "#rgba", "#rrggbb", "#rrggbbaa" or a basic keyword as 0–255 channels; null otherwise. */
export function parseColor(color: string): { r: number; g: number; b: number } | null {
  const c = NAMED_COLORS[color.trim().toLowerCase()] ?? color.trim();
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(c);
  if (!m) return null;
  const hex = m[1].length <= 4 ? [...m[1].slice(0, 3)].map((h) => h + h).join('') : m[1].slice(0, 6);
  const n = Number.parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (1–21) between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [parseColor(a), parseColor(b)].map((c) => luminance(c ?? { r: 255, g: 255, b: 255 }));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export interface InkColors {
  /** Labels, date, legend text. */
  text: string;
  /** Title and source line: quieter, still at least 4.5:1. */
  muted: string;
  /** The outline behind labels that keeps them readable across edges. */
  halo: string;
  /** True when the background is dark: the exports then use the dark theme's edge colours. */
  dark: boolean;
}

/** WCAG AA for normal text. */
const AA = 4.5;
const LIGHT_INK = { text: '#1d2330', muted: '#4a5261', halo: '#ffffff' };
const DARK_INK = { text: '#e8eaf0', muted: '#b4bac6', halo: '#14171f' };

/**
 * The ink that contrasts most with `background`; a transparent picture (null) is assumed to land on
 * the page of `fallback` (light unless told otherwise).
 */
export function inkFor(background: string | null, fallback: 'light' | 'dark' = 'light'): InkColors {
  if (background === null || !parseColor(background)) {
    return fallback === 'dark' ? { ...DARK_INK, dark: true } : { ...LIGHT_INK, dark: false };
  }
  const dark = contrastRatio(background, DARK_INK.text) > contrastRatio(background, LIGHT_INK.text);
  const ink = dark ? DARK_INK : LIGHT_INK;
  // Mid-tone backgrounds: fall back to pure white or black, and give the quiet text the same ink.
  const extreme =
    contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
  const text = contrastRatio(background, ink.text) >= AA ? ink.text : extreme;
  const muted = contrastRatio(background, ink.muted) >= AA ? ink.muted : text;
  return { text, muted, halo: background, dark };
}
