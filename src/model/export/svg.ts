import { layoutGraph } from '../layout';
import type { Snapshot, SnapshotNode } from '../types';
import { inkFor } from './contrast';
import { isDirectedEdge } from './direction';
import { xmlAttr as a, xmlText as t } from './escape';
import { edgeStroke } from './palette';
import type { Point, Positions } from './positions';
import { type Box, type LabelSide, placeLabels, placeNodes } from './svg-layout';
import { FONT, LEGEND_ROW, edgePath, legendGroup, legendLayout, nodeShape, textWidth } from './svg-parts';

export interface SvgOptions {
  width: number;
  height: number;
  /** A CSS colour, or null for a transparent background. */
  background: string | null;
  /** The page a transparent picture is meant for; with a background, ink follows its contrast. */
  theme: 'light' | 'dark';
  /** Top left, e.g. the dataset's name; empty for none. Never prefixed with the product name. */
  title: string;
  /** The date (or window) top right. */
  date: boolean;
  legend: boolean;
  /** Bottom line crediting the data, e.g. "Source: …"; empty for none. */
  source: string;
  /** The short name the canvas draws (acronyms, surnames); the full name goes in a tooltip. */
  labelOf: (node: SnapshotNode) => string;
}

export const DEFAULT_SVG: SvgOptions = {
  width: 1200,
  height: 900,
  background: '#ffffff',
  theme: 'light',
  title: '',
  date: true,
  legend: true,
  source: '',
  labelOf: (n) => n.label,
};

const MARGIN = 32;
const LABEL_SIZE = 12;
const SPREAD_MAX = 300;

/** The label box a node needs: its shape above, its name under it. */
const boxFor = (label: string): Box => ({ w: Math.max(26, textWidth(label, LABEL_SIZE) + 6), h: 42 });

/**
 * A self-contained vector picture of the snapshot as the screen draws it: node shapes by kind, the
 * canvas's short labels placed without collisions, edges styled by sign and tie type, plus an optional
 * title, date, legend and source line in colours that contrast with the background. Every piece of
 * data passes through the XML escapers; nothing is scripted or linked.
 */
export function snapshotToSvg(
  snapshot: Snapshot,
  positions?: Positions,
  options: Partial<SvgOptions> = {},
): string {
  const o = { ...DEFAULT_SVG, ...options };
  const ink = inkFor(o.background, o.theme);
  const date = snapshot.window ? `${snapshot.window.from} – ${snapshot.window.to}` : snapshot.at;
  const header = o.title || o.date ? 64 : MARGIN / 2;
  const legendWidth = o.width - 2 * MARGIN;
  const legendRows = o.legend ? legendLayout(legendWidth, ink.dark).rows : 0;
  const sourceHeight = o.source ? 22 : 0;
  const footer = (legendRows ? legendRows * LEGEND_ROW + 12 : 0) + sourceHeight + MARGIN / 2;

  const missing = !positions || snapshot.nodes.some((n) => !positions.has(n.id));
  const model = missing ? layoutGraph(snapshot) : positions;
  const labels = new Map(snapshot.nodes.map((n) => [n.id, o.labelOf(n)]));
  const ids = snapshot.nodes.map((n) => n.id);
  const boxes = new Map(ids.map((id) => [id, boxFor(labels.get(id)!)]));
  const degree = new Map<string, number>();
  for (const e of snapshot.edges)
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const order = [...ids].sort((x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0));
  const area = { left: MARGIN, top: header, width: o.width - 2 * MARGIN, height: o.height - header - footer };
  // Spreading clears every overlap when the picture has room; in a small one it can crowd nodes
  // instead, so a few amounts of spreading are tried and the one that names the most nodes wins.
  const frame = { x1: 4, y1: header - 8, x2: o.width - 4, y2: o.height - footer };
  let best: { at: Map<string, Point>; named: Map<string, LabelSide> } | null = null;
  // Spreading is quadratic per sweep: above SPREAD_MAX nodes (names unreadable at any picture size
  // anyway) the layout is fitted as it is and only the names that fit are drawn.
  for (const rounds of ids.length > SPREAD_MAX ? [0] : [60, 12, 4, 0]) {
    const at = placeNodes(
      ids,
      (id) => model.get(id)!,
      ids.map((id) => boxes.get(id)!),
      area,
      rounds,
    );
    const named = placeLabels(order, at, boxes, frame);
    if (!best || named.size > best.named.size) best = { at, named };
    if (named.size === ids.length) break;
  }
  const { at, named } = best!;

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">`,
    `<title>${t(o.title ? `${o.title} — ${date}` : date)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#8a8f98"/></marker></defs>',
  ];
  if (o.background)
    out.push(`<rect class="background" width="100%" height="100%" fill="${a(o.background)}"/>`);
  out.push('<g class="edges" fill="none" stroke-linecap="round">');
  for (const e of snapshot.edges) {
    const p = at.get(e.source);
    const q = at.get(e.target);
    if (!p || !q) continue;
    const s = edgeStroke(e, ink.dark);
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    // Memberships and leaderships point at the organisation or state, as on screen.
    const arrow = isDirectedEdge(e) ? ' marker-end="url(#arrow)"' : '';
    const style = `stroke="${s.color}" stroke-width="${s.width.toFixed(2)}" stroke-opacity="0.85"${dash}${arrow}`;
    out.push(
      `<path class="edge" data-id="${a(e.id)}" d="${edgePath(p, q, e.kind !== 'relation')}" ${style}/>`,
    );
  }
  out.push(
    '</g>',
    `<g class="nodes" ${FONT} font-size="${LABEL_SIZE}" text-anchor="middle" fill="${ink.text}">`,
  );
  for (const n of snapshot.nodes) {
    const p = at.get(n.id)!;
    out.push(
      `<g class="node" data-id="${a(n.id)}" data-kind="${n.kind}">`,
      `<title>${t(n.label)}</title>`,
      nodeShape(n.kind, p, ink.halo),
      ...(named.has(n.id) ? [labelText(p, named.get(n.id)!, labels.get(n.id)!, ink.halo)] : []),
      '</g>',
    );
  }
  out.push('</g>');
  if (o.title)
    out.push(
      `<text class="title" x="${MARGIN}" y="38" ${FONT} font-size="20" fill="${ink.muted}" unicode-bidi="plaintext">${t(o.title)}</text>`,
    );
  if (o.date)
    out.push(
      `<text class="date" x="${o.width - MARGIN}" y="40" ${FONT} font-size="28" font-weight="600" fill="${ink.text}" text-anchor="end">${t(date)}</text>`,
    );
  if (o.legend) out.push(...legendGroup(MARGIN, o.height - footer + 4, legendWidth, ink));
  if (o.source)
    out.push(
      `<text class="source" x="${MARGIN}" y="${o.height - MARGIN / 2 - 6}" ${FONT} font-size="11" fill="${ink.muted}" unicode-bidi="plaintext">${t(o.source)}</text>`,
    );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

const ANCHOR = { below: 'middle', above: 'middle', right: 'start', left: 'end' } as const;

function labelText(p: Point, side: LabelSide, label: string, halo: string): string {
  const x = side === 'right' ? p.x + 14 : side === 'left' ? p.x - 14 : p.x;
  const y = side === 'below' ? p.y + 26 : side === 'above' ? p.y - 17 : p.y + 4;
  const anchor = side === 'below' ? '' : ` text-anchor="${ANCHOR[side]}"`;
  return `<text x="${Math.round(x * 10) / 10}" y="${Math.round(y * 10) / 10}"${anchor} data-side="${side}" stroke="${halo}" stroke-width="3" paint-order="stroke" unicode-bidi="plaintext">${t(label)}</text>`;
}

/** The picture's title for a dataset: its name without a leading product name ("Entente: …"). */
export function exportTitle(datasetName: string): string {
  return datasetName.replace(/^\s*Entente\s*[:—–-]\s*/i, '').trim() || datasetName;
}

/** The source line: the dataset (and version) the picture was drawn from. */
export function exportSource(datasetName: string, version?: string): string {
  return `Source: ${datasetName}${version ? `, v${version}` : ''}`;
}
