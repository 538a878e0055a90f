import { ACTOR_KINDS } from '../schema';
import type { ActorKind } from '../types';
import type { InkColors } from './contrast';
import { KIND_COLORS, KIND_LABELS, TIE_COLOR, signColor } from './palette';
import type { Point } from './positions';

export const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

/** Half the drawn size of a node: leaders are smaller, as on screen. */
export const NODE_RADIUS: Record<ActorKind, number> = { country: 10, organization: 10, group: 10, leader: 8 };

const f = (v: number) => Math.round(v * 10) / 10;

/** The on-screen shapes: countries round, leaders diamonds, organisations rounded squares, groups hexagons. */
export function nodeShape(kind: ActorKind, p: Point, halo: string): string {
  const r = NODE_RADIUS[kind];
  const paint = `fill="${KIND_COLORS[kind]}" stroke="${halo}" stroke-width="1.5"`;
  switch (kind) {
    case 'country':
      return `<circle cx="${p.x}" cy="${p.y}" r="${r}" ${paint}/>`;
    case 'organization':
      return `<rect x="${f(p.x - r)}" y="${f(p.y - r)}" width="${2 * r}" height="${2 * r}" rx="4" ${paint}/>`;
    case 'leader':
      return `<path d="M${p.x} ${f(p.y - r)}L${f(p.x + r)} ${p.y}L${p.x} ${f(p.y + r)}L${f(p.x - r)} ${p.y}Z" ${paint}/>`;
    case 'group': {
      const pts = [0, 1, 2, 3, 4, 5].map((k) => {
        const a = (Math.PI / 3) * k;
        return `${f(p.x + r * Math.cos(a))} ${f(p.y + r * Math.sin(a))}`;
      });
      return `<path d="M${pts.join('L')}Z" ${paint}/>`;
    }
  }
}

/** Relations are straight; ties bow to one side so a tie and a relation on the same pair both show. */
export function edgePath(p: Point, q: Point, bow: boolean): string {
  if (!bow) return `M${p.x} ${p.y}L${q.x} ${q.y}`;
  const len = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 1);
  const off = Math.min(30, len / 4);
  const cx = (p.x + q.x) / 2 + ((q.y - p.y) / len) * off;
  const cy = (p.y + q.y) / 2 - ((q.x - p.x) / len) * off;
  return `M${p.x} ${p.y}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${q.x} ${q.y}`;
}

/** Approximate width of `text` at `size` px in a system sans-serif (measured average, slightly generous). */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.56;
}

interface LegendItem {
  width: number;
  draw: (x: number, y: number) => string[];
}

function legendItems(dark: boolean): LegendItem[] {
  const kinds = ACTOR_KINDS.map((kind) => ({
    width: 28 + textWidth(KIND_LABELS[kind], 13),
    draw: (x: number, y: number) => [
      nodeShape(kind, { x: x + 8, y }, 'none').replace(/ stroke="none" stroke-width="1.5"/, ''),
      `<text x="${x + 22}" y="${y + 4}">${KIND_LABELS[kind]}</text>`,
    ],
  }));
  const lines: [string, string, string?][] = [
    ['Friendly', signColor(1, dark)],
    ['Neutral', signColor(0, dark)],
    ['Hostile', signColor(-1, dark), '7 4'],
    ['War', signColor(-1, dark), '12 4'],
    ['Tie', TIE_COLOR, '2 3'],
  ];
  const strokes = lines.map(([label, color, dash]) => ({
    width: 44 + textWidth(label, 13),
    draw: (x: number, y: number) => [
      `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${color}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${x + 34}" y="${y + 4}">${label}</text>`,
    ],
  }));
  return [...kinds, ...strokes];
}

export const LEGEND_ROW = 24;

/** The legend items laid out in rows that fit `width`; `rows` tells the footer how tall to be. */
export function legendLayout(
  width: number,
  dark: boolean,
): { rows: number; draw: (top: number) => string[] } {
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of legendItems(dark)) {
    if (x > 0 && x + item.width > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += item.width + 16;
  }
  return {
    rows: row + 1,
    draw: (top) => placed.flatMap((p) => p.item.draw(p.x, top + p.row * LEGEND_ROW + LEGEND_ROW / 2)),
  };
}

export function legendGroup(left: number, top: number, width: number, ink: InkColors): string[] {
  const { draw } = legendLayout(width, ink.dark);
  return [
    `<g class="legend" transform="translate(${left} 0)" ${FONT} font-size="13" fill="${ink.text}">`,
    ...draw(top),
    '</g>',
  ];
}
