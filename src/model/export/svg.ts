import { layoutGraph } from '../layout';
import type { Snapshot, SnapshotNode } from '../types';
import { inkFor } from './contrast';
import { xmlAttr as a, xmlText } from './escape';
import { labelOrder } from './importance';
import { lookOfEdge } from './legend';
import type { Point, Positions } from './positions';
import { hiddenMarks } from './svg-cull';
import { type LabelPlace, type LabelSpec, placeLabels } from './svg-labels';
import { placeNodes } from './svg-layout';
import { LEGEND_ROW, legendGroup, legendLayout } from './svg-legend';
import { FONT, NODE_RADIUS, bowControl, drawLine, edgePath, nodeShape, tipAt } from './svg-parts';
import { type MeasureText, tableMeasure } from './text-metrics';

export interface SvgOptions {
  /** The picture's size in output pixels. */
  width: number;
  height: number;
  /** Output pixels per design pixel: 2 draws every name, mark and margin twice as large. */
  unit: number;
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
  /** Text width in the picture's font: canvas measureText in a browser, Chromium's table elsewhere. */
  measure: MeasureText;
  /** Fit every position given, not only the nodes present, and never move nodes (a video's frames). */
  fixed: boolean;
  /** How many of the most important actors are named even where their name must cross a node. */
  mustName: number;
  /** Leave out marks wholly painted over (svg-cull.ts): for a raster of a huge graph, never a vector file. */
  cullHidden: boolean;
}

export const DEFAULT_SVG: SvgOptions = {
  width: 1200,
  height: 900,
  unit: 1,
  background: '#ffffff',
  theme: 'light',
  title: '',
  date: true,
  legend: true,
  source: '',
  labelOf: (n) => n.label,
  measure: tableMeasure,
  fixed: false,
  mustName: 8,
  cullHidden: false,
};

const MARGIN = 32;
const LABEL_SIZE = 12;
const SPREAD_MAX = 300;

/** Text never holds a raw line break: renderers disagree on them (Chromium joins, librsvg breaks). */
export const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029\u0085\v\f\t]+/g, ' ');
const t = (text: string) => xmlText(oneLine(text));

/** `text` cut with an ellipsis to fit `max` pixels. */
export function fitText(text: string, max: number, size: number, measure: MeasureText, bold = false): string {
  if (measure(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, size, bold) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * A self-contained vector picture of the snapshot as the screen draws it: node shapes by kind, the
 * canvas's short labels measured in the picture's font and placed so none overlaps, the most
 * important actors named first, edges in the screen's looks (src/model/export/legend.ts), plus an
 * optional title, date, legend and source line in colours that contrast with the background. Every
 * size is in output pixels (`unit` per design pixel), so a larger picture has room for more names.
 * Every piece of data passes through the XML escapers; nothing is scripted or linked.
 */
export function snapshotToSvg(
  snapshot: Snapshot,
  positions?: Positions,
  options: Partial<SvgOptions> = {},
): string {
  const o = { ...DEFAULT_SVG, ...options };
  const u = o.unit;
  const ink = inkFor(o.background, o.theme);
  const date = snapshot.window ? `${snapshot.window.from} – ${snapshot.window.to}` : snapshot.at;
  const margin = MARGIN * u;
  const header = o.title || o.date ? 64 * u : margin / 2;
  const legendWidth = o.width - 2 * margin;
  const legendRows = o.legend ? legendLayout(legendWidth, o.measure, u).rows : 0;
  const sourceHeight = o.source ? 22 * u : 0;
  const footer = (legendRows ? legendRows * LEGEND_ROW * u + 12 * u : 0) + sourceHeight + margin / 2;

  const missing = !positions || snapshot.nodes.some((n) => !positions.has(n.id));
  const model = missing ? layoutGraph(snapshot) : positions;
  const size = LABEL_SIZE * u;
  const labels = new Map(snapshot.nodes.map((n) => [n.id, oneLine(o.labelOf(n))]));
  const specs = new Map<string, LabelSpec>(
    snapshot.nodes.map((n) => [
      n.id,
      { width: o.measure(labels.get(n.id)!, size), radius: NODE_RADIUS[n.kind] * u },
    ]),
  );
  const ids = snapshot.nodes.map((n) => n.id);
  const boxes = ids.map((id) => ({ w: specs.get(id)!.width + 6 * u, h: 42 * u }));
  const order = labelOrder(snapshot);
  const area = { left: margin, top: header, width: o.width - 2 * margin, height: o.height - header - footer };
  const frame = { x1: 4 * u, y1: header - 8 * u, x2: o.width - 4 * u, y2: o.height - footer };
  const extent = o.fixed && !missing ? [...positions.values()] : [];
  // Spreading clears every overlap when the picture has room; in a small one it can crowd nodes
  // instead, so a few amounts of spreading are tried and the one that names the most nodes wins.
  // Above SPREAD_MAX nodes (quadratic sweeps) and in a video (fixed) nodes stay where they are.
  let best: { at: Map<string, Point>; named: Map<string, LabelPlace> } | null = null;
  for (const rounds of o.fixed || ids.length > SPREAD_MAX ? [0] : [60, 12, 4, 0]) {
    const at = placeNodes(ids, (id) => model.get(id)!, boxes, area, rounds, extent, u);
    const named = placeLabels(order, at, specs, frame, size, u, o.mustName);
    if (!best || named.size > best.named.size) best = { at, named };
    if (named.size === ids.length) break;
  }
  const { at, named } = best!;
  const f = (v: number) => Math.round(v * 10) / 10;
  const hidden = o.cullHidden ? hiddenOf(snapshot, at, named, o) : new Set<string>();

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}">`,
    `<title>${t(o.title ? `${o.title} — ${date}` : date)}</title>`,
  ];
  if (o.background)
    out.push(`<rect class="background" width="100%" height="100%" fill="${a(o.background)}"/>`);
  out.push('<g class="edges" fill="none" stroke-linecap="round">');
  const radius = (id: string) => specs.get(id)!.radius + 1.5 * u;
  for (const e of snapshot.edges) {
    const p = at.get(e.source);
    const q = at.get(e.target);
    if (!p || !q || hidden.has(e.id)) continue;
    const look = lookOfEdge(e);
    // Ties bow to one side so a tie and a relation on the same pair both show.
    const c = e.kind === 'relation' ? undefined : bowControl(p, q, u);
    const ends = { target: tipAt(q, c ?? p, radius(e.target)), source: tipAt(p, c ?? q, radius(e.source)) };
    const attrs = ` class="edge" data-id="${a(e.id)}" data-kind="${a(e.kind)}" data-source="${a(e.source)}" data-target="${a(e.target)}"`;
    out.push(...drawLine(look, edgePath(p, q, c), ends, ink.dark, u, attrs));
  }
  out.push(
    '</g>',
    `<g class="nodes" ${FONT} font-size="${f(size)}" text-anchor="middle" fill="${ink.text}">`,
  );
  for (const n of snapshot.nodes) {
    if (hidden.has(n.id)) continue;
    const p = at.get(n.id)!;
    const place = named.get(n.id);
    out.push(
      `<g class="node" data-id="${a(n.id)}" data-kind="${n.kind}">`,
      `<title>${t(n.label)}</title>`,
      nodeShape(n.kind, p, ink.halo, u),
      ...(place ? [labelText(place, labels.get(n.id)!, ink.halo, u)] : []),
      '</g>',
    );
  }
  out.push('</g>');
  const dateSize = 28 * u;
  const dateWidth = o.date ? o.measure(date, dateSize, true) + 24 * u : 0;
  if (o.title) {
    // The title gives way to the date: cut to the room left of it, never drawn over it.
    const title = fitText(oneLine(o.title), o.width - 2 * margin - dateWidth, 20 * u, o.measure);
    out.push(
      `<text class="title" x="${margin}" y="${f(38 * u)}" ${FONT} font-size="${f(20 * u)}" fill="${ink.muted}" unicode-bidi="plaintext">${t(title)}</text>`,
    );
  }
  if (o.date)
    out.push(
      `<text class="date" x="${f(o.width - margin)}" y="${f(40 * u)}" ${FONT} font-size="${f(dateSize)}" font-weight="600" fill="${ink.text}" text-anchor="end">${t(date)}</text>`,
    );
  if (o.legend) out.push(...legendGroup(margin, o.height - footer + 4 * u, legendWidth, ink, o.measure, u));
  if (o.source)
    out.push(
      `<text class="source" x="${margin}" y="${f(o.height - margin / 2 - 6 * u)}" ${FONT} font-size="${f(11 * u)}" fill="${ink.muted}" unicode-bidi="plaintext">${t(fitText(oneLine(o.source), legendWidth, 11 * u, o.measure))}</text>`,
    );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Nodes and plain relation lines a raster could not show (edge ids and node ids never collide). */
function hiddenOf(snapshot: Snapshot, at: Map<string, Point>, named: Map<string, LabelPlace>, o: SvgOptions) {
  const nodes = snapshot.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    at: at.get(n.id)!,
    named: named.has(n.id),
  }));
  const lines = snapshot.edges.flatMap((e) => {
    const look = lookOfEdge(e);
    const [from, to] = [at.get(e.source), at.get(e.target)];
    if (e.kind !== 'relation' || look.end || !from || !to) return [];
    return [{ id: e.id, from, to, width: look.width * o.unit }];
  });
  return hiddenMarks(nodes, lines, o);
}

function labelText(place: LabelPlace, label: string, halo: string, u: number): string {
  const anchor = place.anchor === 'middle' ? '' : ` text-anchor="${place.anchor}"`;
  return `<text x="${place.x}" y="${place.y}"${anchor} data-side="${place.side}" stroke="${halo}" stroke-width="${Math.round(3 * u * 10) / 10}" paint-order="stroke" unicode-bidi="plaintext">${t(label)}</text>`;
}

/** The picture's title for a dataset: its name without a leading product name ("Entente: …"). */
export function exportTitle(datasetName: string): string {
  return datasetName.replace(/^\s*Entente\s*[:—–-]\s*/i, '').trim() || datasetName;
}

/** The source line: the dataset (and version) the picture was drawn from. */
export function exportSource(datasetName: string, version?: string): string {
  return `Source: ${datasetName}${version ? `, v${version}` : ''}`;
}
