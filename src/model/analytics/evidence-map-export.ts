import { csvDocument } from '../export/escape';
import { XmlWriter } from '../export/xml';
import type { TieType } from '../types';
import type { EvidenceCell, EvidenceLevel, EvidenceMap, LastingInCell } from './evidence-map';

/** One letter per lasting state, drawn in the cell; the key and each cell's title spell them out. */
export const LASTING_LETTERS: Partial<Record<TieType, string>> = {
  alliance: 'A',
  treaty: 'T',
  alignment: 'L',
  patronage: 'P',
  rivalry: 'R',
  war: 'W',
  estrangement: 'E',
  'proxy-contest': 'X',
};

export const LEVEL_TEXT: Record<EvidenceLevel, string> = {
  none: 'no dated evidence',
  thin: 'thin evidence',
  some: 'some evidence',
  solid: 'solid evidence',
};

export const periodText = (p: { from: number; to: number }) =>
  p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;

export const lastingText = (l: LastingInCell) =>
  `${l.type}${l.label ? ` (${l.label})` : ''} ${l.from === l.to ? l.from : `${l.from}–${l.to}`}`;

/** What a cell says in words: its title in the table and the picture. */
export function cellTitle(pair: string, period: { from: number; to: number }, cell: EvidenceCell): string {
  const when = `${pair}, ${periodText(period)}`;
  if (!cell.exists) return `${when}: not both in existence`;
  const events = `${cell.events} dated event${cell.events === 1 ? '' : 's'}`;
  const states = cell.lasting.length ? `; lasting: ${cell.lasting.map(lastingText).join('; ')}` : '';
  return `${when}: ${events}, evidence ${cell.evidence.toFixed(1)} (${LEVEL_TEXT[cell.level]})${states}`;
}

/** The map as a long table, one row per pair and period, for pandas, R or a spreadsheet. */
export function evidenceMapCsv(map: EvidenceMap): string {
  const header = ['pair', 'a', 'b', 'main', 'from', 'to', 'exists', 'events', 'evidence', 'level', 'lasting'];
  const rows = map.rows.flatMap((r) =>
    r.cells.map((c, k) => [
      r.label,
      r.a,
      r.b,
      String(r.main),
      map.periods[k].from,
      map.periods[k].to,
      String(c.exists),
      c.events,
      Number(c.evidence.toFixed(4)),
      c.exists ? c.level : '',
      c.lasting.map((l) => `${l.type}:${l.tie}`).join(' '),
    ]),
  );
  return csvDocument(header, rows);
}

/** Light-theme fills of the levels (the PNG is a document, whatever the screen theme). */
export const LEVEL_FILL: Record<EvidenceLevel, string> = {
  none: '#ffffff',
  thin: '#fde9b8',
  some: '#8fb8de',
  solid: '#1f5a96',
};
const NOT_BOTH = '#d9dbe0';
const INK: Record<EvidenceLevel, string> = {
  none: '#1b1f27',
  thin: '#1b1f27',
  some: '#1b1f27',
  solid: '#ffffff',
};

const ROW_H = 20;
/** DejaVu Sans at 12 px averages about 7 px a character; bold a little more. */
const CHAR_W = 6.9;
const MAX_LABEL = 44;
const clip = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);
const TOP = 56;

/** The map as an SVG picture (rasterised to PNG by the caller), with a title and a key. */
export function evidenceMapSvg(
  map: EvidenceMap,
  title: string,
): { svg: string; width: number; height: number } {
  const cellW = map.bucket === 'decade' ? 64 : 26;
  const longest = Math.max(0, ...map.rows.map((r) => clip(r.label).length));
  const LABEL_W = Math.ceil(longest * CHAR_W) + 20;
  const width = Math.ceil(Math.max(LABEL_W + map.periods.length * cellW + 16, title.length * 8.6 + 24, 640));
  const keyY = TOP + map.rows.length * ROW_H + 24;
  const height = keyY + 66;
  const w = new XmlWriter();
  w.open('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` });
  w.empty('rect', { width, height, fill: '#ffffff' });
  const font = { 'font-family': 'DejaVu Sans, Arial, sans-serif', 'font-size': 12, fill: '#1b1f27' };
  w.text('text', title, { ...font, x: 8, y: 20, 'font-size': 15, 'font-weight': 'bold' });
  map.periods.forEach((p, k) => {
    const x = LABEL_W + k * cellW + cellW / 2;
    const text = map.bucket === 'decade' ? `${p.from - (p.from % 10)}s` : `’${String(p.from).slice(2)}`;
    w.text('text', text, { ...font, x, y: TOP - 8, 'text-anchor': 'middle' });
  });
  map.rows.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    w.text('text', clip(r.label), { ...font, x: 8, y: y + 14, 'font-weight': r.main ? 'bold' : 'normal' });
    r.cells.forEach((c, k) => {
      const x = LABEL_W + k * cellW;
      w.open('g');
      w.text('title', cellTitle(r.label, map.periods[k], c));
      const fill = c.exists ? LEVEL_FILL[c.level] : NOT_BOTH;
      w.empty('rect', { x, y, width: cellW - 2, height: ROW_H - 2, fill, stroke: '#b8bcc6' });
      const mark = cellMark(c, map.bucket);
      if (mark)
        w.text('text', mark, {
          ...font,
          x: x + cellW / 2 - 1,
          y: y + 14,
          'text-anchor': 'middle',
          fill: INK[c.level],
        });
      w.close('g');
    });
  });
  const key = [
    ...evidenceKey(map.kappa).map(([level, text]) => ({ fill: LEVEL_FILL[level], text })),
    { fill: NOT_BOTH, text: 'not both in existence' },
  ];
  key.forEach((k, i) => {
    const x = 8 + i * 140;
    w.empty('rect', { x, y: keyY, width: 14, height: 14, fill: k.fill, stroke: '#b8bcc6' });
    w.text('text', k.text, { ...font, x: x + 20, y: keyY + 12 });
  });
  const letters = Object.entries(LASTING_LETTERS).map(([type, l]) => `${l} ${type}`);
  w.text('text', 'Number: dated events in the period. Letters: lasting states in force.', {
    ...font,
    x: 8,
    y: keyY + 34,
  });
  w.text('text', letters.join(', '), { ...font, x: 8, y: keyY + 52 });
  w.close('svg');
  return { svg: w.toString(), width, height };
}

/** Levels in key order with their words; the thresholds are the model's prior strength κ and 4κ. */
export function evidenceKey(kappa: number): [EvidenceLevel, string][] {
  return [
    ['none', 'no dated event'],
    ['thin', `thin (evidence < ${kappa})`],
    ['some', `some (< ${4 * kappa})`],
    ['solid', `solid (≥ ${4 * kappa})`],
  ];
}

/** The text drawn in a cell: its event count and the letters of its lasting states. */
export function cellMark(c: EvidenceCell, bucket: EvidenceMap['bucket']): string {
  if (!c.exists) return '';
  const letters = [...new Set(c.lasting.map((l) => LASTING_LETTERS[l.type] ?? '?'))].join('');
  if (bucket === 'year') return letters || (c.events ? String(c.events) : '');
  return [c.events ? String(c.events) : '', letters].filter(Boolean).join(' ');
}
