import type { ActorKind } from '../types';
import { type EndMark, type LineLook, inkColour } from './legend';
import { KIND_COLORS } from './palette';
import type { Point } from './positions';
import { FONT_FAMILY } from './text-metrics';

export const FONT = `font-family="${FONT_FAMILY}"`;

/** Half the drawn size of a node at unit 1: leaders are smaller, as on screen (26 and 20 px). */
export const NODE_RADIUS: Record<ActorKind, number> = { country: 10, organization: 10, group: 10, leader: 8 };

const f = (v: number) => Math.round(v * 10) / 10;

/** The on-screen shapes: countries round, leaders diamonds, organisations rounded squares, groups hexagons. */
export function nodeShape(kind: ActorKind, p: Point, halo: string, u = 1): string {
  const r = NODE_RADIUS[kind] * u;
  const paint = `fill="${KIND_COLORS[kind]}"${halo === 'none' ? '' : ` stroke="${halo}" stroke-width="${f(1.5 * u)}"`}`;
  switch (kind) {
    case 'country':
      return `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(r)}" ${paint}/>`;
    case 'organization':
      return `<rect x="${f(p.x - r)}" y="${f(p.y - r)}" width="${f(2 * r)}" height="${f(2 * r)}" rx="${f(4 * u)}" ${paint}/>`;
    case 'leader':
      return `<path d="M${f(p.x)} ${f(p.y - r)}L${f(p.x + r)} ${f(p.y)}L${f(p.x)} ${f(p.y + r)}L${f(p.x - r)} ${f(p.y)}Z" ${paint}/>`;
    case 'group': {
      const pts = [0, 1, 2, 3, 4, 5].map((k) => {
        const a = (Math.PI / 3) * k;
        return `${f(p.x + r * Math.cos(a))} ${f(p.y + r * Math.sin(a))}`;
      });
      return `<path d="M${pts.join('L')}Z" ${paint}/>`;
    }
  }
}

/** The control point of a tie's bow (so a tie and a relation on the same pair both show), or none. */
export function bowControl(p: Point, q: Point, u: number): Point {
  const len = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 1);
  const off = Math.min(30 * u, len / 4);
  return { x: (p.x + q.x) / 2 + ((q.y - p.y) / len) * off, y: (p.y + q.y) / 2 - ((q.x - p.x) / len) * off };
}

export function edgePath(p: Point, q: Point, control?: Point): string {
  if (!control) return `M${f(p.x)} ${f(p.y)}L${f(q.x)} ${f(q.y)}`;
  return `M${f(p.x)} ${f(p.y)}Q${f(control.x)} ${f(control.y)} ${f(q.x)} ${f(q.y)}`;
}

/** stroke-dasharray for a look at unit u; dots are short dashes with round caps. */
export function dashArray(look: LineLook, u: number): string | undefined {
  if (!look.dash) return undefined;
  const pattern = look.dash === 'dotted' ? [0.1, 2.2 * look.width] : look.dash;
  return pattern.map((v) => f(v * u)).join(' ');
}

/**
 * An end mark drawn at `tip`, pointing along `dir` (a unit vector from the line into the tip): the
 * screen's arrowhead, circle or tee, sized by the line's width as Cytoscape sizes them.
 */
export function endMark(
  mark: EndMark,
  tip: Point,
  dir: Point,
  look: LineLook,
  colour: string,
  u: number,
): string {
  const s = Math.max(3, 2.2 * look.width) * u;
  const n = { x: -dir.y, y: dir.x };
  const back = (d: number, side = 0) =>
    `${f(tip.x - dir.x * d + n.x * side)} ${f(tip.y - dir.y * d + n.y * side)}`;
  const op = `opacity="${look.opacity}"`;
  switch (mark) {
    case 'arrow':
      return `<path d="M${back(0)}L${back(s * 1.4, s * 0.7)}L${back(s * 1.4, -s * 0.7)}Z" fill="${colour}" ${op}/>`;
    case 'dot':
      return `<circle cx="${f(tip.x - dir.x * s * 0.6)}" cy="${f(tip.y - dir.y * s * 0.6)}" r="${f(s * 0.6)}" fill="${colour}" ${op}/>`;
    case 'tee':
      return `<path d="M${back(s * 0.4, s)}L${back(s * 0.4, -s)}" stroke="${colour}" stroke-width="${f(Math.max(2, look.width * 0.6) * u)}" ${op}/>`;
  }
}

/** One drawn line: the stroke, its dash and its end marks (`tipAt` gives each end's tip and direction). */
export function drawLine(
  look: LineLook,
  d: string,
  ends: { target: [Point, Point]; source: [Point, Point] },
  dark: boolean,
  u: number,
  attrs = '',
): string[] {
  const colour = inkColour(look.ink, dark);
  const dash = dashArray(look, u);
  const out = [
    `<path${attrs} d="${d}" stroke="${colour}" stroke-width="${f(look.width * u)}" stroke-opacity="${look.opacity}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
  ];
  if (look.end) out.push(endMark(look.end, ...ends.target, look, colour, u));
  if (look.end && look.both) out.push(endMark(look.end, ...ends.source, look, colour, u));
  return out;
}

/** Where a line from `from` meets a node of radius r at `at`, and the direction it arrives in. */
export function tipAt(at: Point, from: Point, r: number): [Point, Point] {
  const len = Math.max(Math.hypot(at.x - from.x, at.y - from.y), 1e-6);
  const dir = { x: (at.x - from.x) / len, y: (at.y - from.y) / len };
  return [{ x: at.x - dir.x * r, y: at.y - dir.y * r }, dir];
}
