import { layoutGraph } from '../layout';
import { ACTOR_KINDS } from '../schema';
import type { Snapshot } from '../types';
import { xmlAttr as a, xmlText as t } from './escape';
import { KIND_COLORS, KIND_LABELS, SIGN_COLORS, TIE_COLOR, edgeStroke } from './palette';
import type { Point, Positions } from './positions';

export interface SvgOptions {
  width: number;
  height: number;
  /** A CSS colour, or null for a transparent background. */
  background: string | null;
  legend: boolean;
  title: string;
}

export const DEFAULT_SVG: SvgOptions = {
  width: 1200,
  height: 900,
  background: '#ffffff',
  legend: true,
  title: 'Entente',
};

const HEADER = 56;
const FOOTER = 64;
const MARGIN = 40;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

/** Maps arbitrary positions (e.g. Cytoscape model coordinates) into the drawing area. */
function fitter(points: Point[], o: SvgOptions, legendSpace: number): (p: Point) => Point {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = o.width - 2 * MARGIN;
  const h = o.height - HEADER - legendSpace - 2 * MARGIN;
  const s = Math.min(w / Math.max(maxX - minX, 1e-9), h / Math.max(maxY - minY, 1e-9));
  const ox = MARGIN + (w - (maxX - minX) * s) / 2;
  const oy = HEADER + MARGIN + (h - (maxY - minY) * s) / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  return (p) => ({ x: r(ox + (p.x - minX) * s), y: r(oy + (p.y - minY) * s) });
}

/** Relations are straight; ties bow to one side so a tie and a relation on the same pair both show. */
function edgePath(p: Point, q: Point, bow: boolean): string {
  if (!bow) return `M${p.x} ${p.y}L${q.x} ${q.y}`;
  const len = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 1);
  const off = Math.min(30, len / 4);
  const cx = (p.x + q.x) / 2 + ((q.y - p.y) / len) * off;
  const cy = (p.y + q.y) / 2 - ((q.x - p.x) / len) * off;
  return `M${p.x} ${p.y}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${q.x} ${q.y}`;
}

function legend(o: SvgOptions): string[] {
  const y = o.height - FOOTER / 2;
  const out = [`<g class="legend" ${FONT} font-size="13" fill="#333">`];
  let x = MARGIN;
  for (const kind of ACTOR_KINDS) {
    out.push(
      `<circle cx="${x + 6}" cy="${y}" r="6" fill="${KIND_COLORS[kind]}"/>`,
      `<text x="${x + 16}" y="${y + 4}">${KIND_LABELS[kind]}</text>`,
    );
    x += 120;
  }
  const lines: [string, string, string?][] = [
    ['Friendly', SIGN_COLORS['1']],
    ['Neutral', SIGN_COLORS['0']],
    ['Hostile', SIGN_COLORS['-1'], '7 4'],
    ['War', SIGN_COLORS['-1'], '12 4'],
    ['Tie', TIE_COLOR, '2 3'],
  ];
  for (const [label, color, dash] of lines) {
    const d = dash ? ` stroke-dasharray="${dash}"` : '';
    out.push(
      `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${color}" stroke-width="3"${d}/>`,
      `<text x="${x + 34}" y="${y + 4}">${label}</text>`,
    );
    x += 100;
  }
  out.push('</g>');
  return out;
}

/**
 * A self-contained vector picture of the snapshot: edges, nodes, labels, the date and a legend.
 * Every piece of data passes through the XML escapers; nothing is scripted or linked.
 */
export function snapshotToSvg(
  snapshot: Snapshot,
  positions?: Positions,
  options: Partial<SvgOptions> = {},
): string {
  const o = { ...DEFAULT_SVG, ...options };
  const missing = !positions || snapshot.nodes.some((n) => !positions.has(n.id));
  const source = missing ? layoutGraph(snapshot) : positions;
  const pts = snapshot.nodes.map((n) => source.get(n.id)!);
  const fit = pts.length ? fitter(pts, o, o.legend ? FOOTER : 0) : (p: Point) => p;
  const at = new Map(snapshot.nodes.map((n) => [n.id, fit(source.get(n.id)!)]));
  const date = snapshot.window ? `${snapshot.window.from} – ${snapshot.window.to}` : snapshot.at;

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">`,
    `<title>${t(`${o.title} — ${date}`)}</title>`,
  ];
  if (o.background)
    out.push(`<rect class="background" width="100%" height="100%" fill="${a(o.background)}"/>`);
  out.push('<g class="edges" fill="none" stroke-linecap="round">');
  for (const e of snapshot.edges) {
    const p = at.get(e.source);
    const q = at.get(e.target);
    if (!p || !q) continue;
    const s = edgeStroke(e);
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    const style = `stroke="${s.color}" stroke-width="${s.width.toFixed(2)}" stroke-opacity="0.85"${dash}`;
    out.push(
      `<path class="edge" data-id="${a(e.id)}" d="${edgePath(p, q, e.kind !== 'relation')}" ${style}/>`,
    );
  }
  out.push('</g>', `<g class="nodes" ${FONT} font-size="12" text-anchor="middle">`);
  for (const n of snapshot.nodes) {
    const p = at.get(n.id)!;
    out.push(
      `<g class="node" data-id="${a(n.id)}">`,
      `<circle cx="${p.x}" cy="${p.y}" r="9" fill="${KIND_COLORS[n.kind]}" stroke="#fff" stroke-width="1.5"/>`,
      `<text x="${p.x}" y="${p.y + 22}" fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke" unicode-bidi="plaintext">${t(n.label)}</text>`,
      '</g>',
    );
  }
  out.push('</g>');
  out.push(
    `<text class="title" x="${MARGIN}" y="36" ${FONT} font-size="20" fill="#444">${t(o.title)}</text>`,
  );
  out.push(
    `<text class="date" x="${o.width - MARGIN}" y="38" ${FONT} font-size="28" font-weight="600" fill="#222" text-anchor="end">${t(date)}</text>`,
  );
  if (o.legend) out.push(...legend(o));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
