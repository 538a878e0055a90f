import type { Core } from 'cytoscape';
import type { Point, Snapshot } from '../../model';
import {
  type MeasureText,
  PICTURE_PRESETS,
  type PresetName,
  exportSource,
  exportTitle,
  screenDpi,
  snapshotToSvg,
  withPngMeta,
} from '../../model/export';
import { FONT_FAMILY } from '../../model/export/text-metrics';
import type { EntenteState } from '../../store';
import type { GraphHandle } from '../graph/GraphView';
import { svgToPngBlob } from './rasterize';

/** "screen": the graph pane's size times the scale; otherwise a preset (slide, page, square). */
export type PictureSize = 'screen' | PresetName;

export interface PngChoice {
  /** The whole graph, or only what the viewport shows. */
  full: boolean;
  size: PictureSize;
  /** Pixel ratio of a "screen"-sized picture (presets have their own pixel size). */
  scale: number;
  transparent: boolean;
  /** Picture furniture, each on by default: the dataset's title, the date, the legend, the source. */
  title: boolean;
  date: boolean;
  legend: boolean;
  source: boolean;
}

/** Narrower than this, the pane is no picture size (a phone): the slide preset is used instead. */
const MIN_PANE = { width: 640, height: 480 };

/** Output pixels, design unit and DPI of a picture; a phone's pane falls back to the slide. */
export function pictureSize(
  choice: Pick<PngChoice, 'size' | 'scale'>,
  pane: { width: number; height: number } | undefined,
): { width: number; height: number; unit: number; dpi: number } {
  const small = !pane || pane.width < MIN_PANE.width || pane.height < MIN_PANE.height;
  const size = choice.size === 'screen' && small ? 'slide' : choice.size;
  if (size !== 'screen') return PICTURE_PRESETS[size];
  const s = choice.scale;
  return {
    width: Math.round(pane!.width * s),
    height: Math.round(pane!.height * s),
    unit: s,
    dpi: screenDpi(s),
  };
}

let ctx: CanvasRenderingContext2D | null = null;
/** The browser's own text widths in the picture's font (the CLI uses Chromium's measured table). */
export const canvasMeasure: MeasureText = (text, size, bold = false) => {
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * size * 0.65;
  ctx.font = `${bold ? 600 : 400} ${size}px ${FONT_FAMILY}`;
  return ctx.measureText(text).width;
};

/** The nodes inside the current viewport, and the edges between them ("not the full graph"). */
export function inView(snapshot: Snapshot, cy: Core, positions: Map<string, Point>): Snapshot {
  const box = cy.extent();
  const seen = new Set(
    snapshot.nodes
      .filter((n) => {
        const p = positions.get(n.id);
        return p && p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
      })
      .map((n) => n.id),
  );
  return {
    ...snapshot,
    nodes: snapshot.nodes.filter((n) => seen.has(n.id)),
    edges: snapshot.edges.filter((e) => seen.has(e.source) && seen.has(e.target)),
  };
}

export function pageBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
  dpi: number;
  title: string;
  source: string;
}

/** The picture SVG and PNG both draw: the screen's positions, theme, page colour and every option. */
export function picture(
  snapshot: Snapshot,
  state: EntenteState,
  graph: GraphHandle,
  positions: Map<string, Point>,
  png: PngChoice,
  overrides: { title?: string } = {},
): Picture {
  const box = graph.cy?.container()?.getBoundingClientRect();
  const { width, height, unit, dpi } = pictureSize(png, box);
  const shown = png.full || !graph.cy ? snapshot : inView(snapshot, graph.cy, positions);
  const title = overrides.title ?? exportTitle(state.datasetName);
  const source = exportSource(state.datasetName, state.dataset.meta.version);
  const svg = snapshotToSvg(shown, positions, {
    width,
    height,
    unit,
    background: png.transparent ? null : pageBackground(),
    theme: state.theme,
    title: png.title ? title : '',
    date: png.date,
    legend: png.legend,
    source: png.source ? source : '',
    labelOf: (n) => graph.labelFor?.()?.(n.id, n.label) ?? n.label,
    measure: canvasMeasure,
  });
  return { svg, width, height, dpi, title, source };
}

/** The PNG of a picture, with its DPI and Title, Date, Source and Software text chunks. */
export async function pictureToPng(p: Picture, date: string): Promise<Blob> {
  const blob = await svgToPngBlob(p.svg, p.width, p.height, 1);
  const bytes = withPngMeta(new Uint8Array(await blob.arrayBuffer()), {
    dpi: p.dpi,
    text: { Title: p.title, Date: date, Source: p.source.replace(/^Source: /, ''), Software: 'Entente' },
  });
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
