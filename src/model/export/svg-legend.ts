import type { InkColors } from './contrast';
import { LEGEND, type LegendEntry, inkColour } from './legend';
import { FONT, drawLine, nodeShape } from './svg-parts';
import { xmlText as t } from './escape';
import type { MeasureText } from './text-metrics';

/** The legend's text size and row height at unit 1. */
export const LEGEND_SIZE = 13;
export const LEGEND_ROW = 24;

function swatch(entry: LegendEntry, x: number, y: number, dark: boolean, u: number): string[] {
  const { mark } = entry;
  if ('kind' in mark) return [nodeShape(mark.kind, { x: x + 14 * u, y }, 'none', u)];
  if ('wedge' in mark)
    return [
      `<path d="M${x} ${y}L${x + 28 * u} ${y - 3 * u}L${x + 28 * u} ${y + 3 * u}Z" fill="${inkColour(mark.wedge, dark)}"/>`,
    ];
  const look = mark.line;
  const a = { x: x + (look.both ? 4 * u : 0), y };
  const b = { x: x + 28 * u, y };
  const right = { x: 1, y: 0 };
  const left = { x: -1, y: 0 };
  return drawLine(
    look,
    `M${a.x} ${y}L${b.x - (look.end ? 2 * u : 0)} ${y}`,
    { target: [b, right], source: [{ x, y }, left] },
    dark,
    u,
    ' fill="none" stroke-linecap="round"',
  );
}

/** The legend laid out in rows that fit `width`; `rows` tells the footer how tall to be. */
export function legendLayout(width: number, measure: MeasureText, u: number) {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let [x, row] = [0, 0];
  for (const entry of LEGEND) {
    const w = (36 + 16) * u + measure(entry.words, LEGEND_SIZE * u);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    placed.push({ entry, x, row });
    x += w;
  }
  return { rows: row + 1, placed };
}

/** The legend as a `<g class="legend">`: each entry a `<g class="legend-entry">` of swatch and words. */
export function legendGroup(
  left: number,
  top: number,
  width: number,
  ink: InkColors,
  measure: MeasureText,
  u: number,
): string[] {
  const { placed } = legendLayout(width, measure, u);
  const row = LEGEND_ROW * u;
  return [
    `<g class="legend" transform="translate(${left} 0)" ${FONT} font-size="${LEGEND_SIZE * u}" fill="${ink.text}">`,
    ...placed.flatMap(({ entry, x, row: r }) => {
      const y = Math.round((top + r * row + row / 2) * 10) / 10;
      return [
        '<g class="legend-entry">',
        ...swatch(entry, x, y, ink.dark, u),
        `<text x="${x + 36 * u}" y="${Math.round((y + 4.5 * u) * 10) / 10}">${t(entry.words)}</text>`,
        '</g>',
      ];
    }),
    '</g>',
  ];
}
