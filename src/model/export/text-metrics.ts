import { ASCENT, BOLD_WIDTHS, DESCENT, NORMAL_WIDTHS } from './text-widths';

/**
 * The pictures' font and how wide text set in it is. DejaVu Sans is what Chromium and librsvg draw
 * here; Verdana has near-identical widths where DejaVu is missing. The widths come from Chromium's own
 * measurement (scripts/text-metrics.ts); in the browser the app measures with canvas instead.
 */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, Geneva, sans-serif";

/** Latin, Latin-1, Latin Extended-A/B: the code points the width table holds. */
export const MEASURED_RANGE = [0x20, 0x24f] as const;

export { ASCENT, DESCENT };

/** Width of `text` at `size` px; `bold` for weight 600. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

/** Wide scripts (CJK, Hangul, fullwidth forms) take about an em; other unmeasured ones about 0.7. */
const guess = (cp: number) =>
  (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xffef)
    ? 1
    : 0.7;

/** The table's measure: per-character advances (kerning ignored, so up to a few percent generous). */
export const tableMeasure: MeasureText = (text, size, bold = false) => {
  const widths = bold ? BOLD_WIDTHS : NORMAL_WIDTHS;
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const i = cp - MEASURED_RANGE[0];
    // Combining marks and other zero-width characters measure 0 in the table, as they should.
    em += cp >= MEASURED_RANGE[0] && cp <= MEASURED_RANGE[1] ? widths[i] / 1000 : guess(cp);
  }
  return em * size;
};

/** A line of text's box above and below its baseline, as Chromium's getBBox reports it. */
export const lineBox = (size: number) => ({ above: ASCENT * size, below: DESCENT * size });
