import type { Core } from 'cytoscape';
import { actorIdOf } from '../../graph/elements';
import { type Point, type Snapshot, formatDay, todayDay } from '../../model';
import {
  type EdgeDirection,
  csvFileName,
  datasetToDynamicGexf,
  dynamicGexfFileName,
  edgesCsv,
  exportSource,
  exportTitle,
  nodesCsv,
  snapshotFileName,
  snapshotToGexf,
  snapshotToGraphml,
  snapshotToJson,
  snapshotToSvg,
  withBom,
} from '../../model/export';
import { type EntenteState, selectIndex, selectVisibleSnapshot } from '../../store';
import type { GraphHandle } from '../graph/GraphView';
import { downloadBlob, downloadText } from './download';
import { svgToPngBlob } from './rasterize';

/**
 * Everything behind the Export menu. This module (and the format builders it pulls in) is loaded
 * with a dynamic import on first use, so none of it is in the initial bundle.
 */
export type ExportKind =
  'png' | 'svg' | 'json' | 'csv-nodes' | 'csv-edges' | 'graphml' | 'gexf' | 'gexf-dynamic';

export interface PngChoice {
  /** The whole graph, or only what the viewport shows. */
  full: boolean;
  scale: number;
  transparent: boolean;
  /** Picture furniture, each on by default: the dataset's title, the date, the legend, the source. */
  title: boolean;
  date: boolean;
  legend: boolean;
  source: boolean;
}

export interface ExportChoice {
  png: PngChoice;
  /** CSV: a UTF-8 byte-order mark so Excel reads non-ASCII names right. */
  bom: boolean;
  /** GraphML/GEXF: one undirected graph (default) or Gephi's mixed graph. */
  direction: EdgeDirection;
}

export const DEFAULT_CHOICE: ExportChoice = {
  png: { full: true, scale: 2, transparent: false, title: true, date: true, legend: true, source: true },
  bom: false,
  direction: 'undirected',
};

/**
 * Where every actor of the dataset is drawn (model coordinates), dragged nodes included, so exports
 * look like the screen and the dynamic GEXF places actors that are not on screen now.
 */
export function positionsFrom(graph: GraphHandle): Map<string, Point> {
  const out = new Map<string, Point>(graph.positions?.() ?? []);
  // The grouped picture places communities, not actors: exports keep the actors' own map.
  if (graph.cy?.elements('node[kind = "community"], edge[kind = "meta"]').nonempty()) return out;
  graph.cy?.nodes().forEach((n) => {
    const p = n.position();
    out.set(actorIdOf(n.id()), { x: p.x, y: p.y });
  });
  return out;
}

function pageBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

/** The nodes inside the current viewport, and the edges between them ("not the full graph"). */
function inView(snapshot: Snapshot, cy: Core, positions: Map<string, Point>): Snapshot {
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

/** The picture both SVG and PNG draw: the screen's positions, theme and page colour. */
function picture(
  snapshot: Snapshot,
  state: EntenteState,
  graph: GraphHandle,
  positions: Map<string, Point>,
  png: PngChoice,
  transparent: boolean,
): { svg: string; width: number; height: number } {
  const box = graph.cy?.container()?.getBoundingClientRect();
  const width = Math.round(Math.max(box?.width ?? 1200, 640));
  const height = Math.round(Math.max(box?.height ?? 900, 480));
  const svg = snapshotToSvg(snapshot, positions, {
    width,
    height,
    background: transparent ? null : pageBackground(),
    theme: state.theme,
    title: png.title ? exportTitle(state.datasetName) : '',
    date: png.date,
    legend: png.legend,
    source: png.source ? exportSource(state.datasetName, state.dataset.meta.version) : '',
    labelOf: (n) => graph.labelFor?.()?.(n.id, n.label) ?? n.label,
  });
  return { svg, width, height };
}

export async function runExport(
  kind: ExportKind,
  state: EntenteState,
  graph: GraphHandle,
  choice: ExportChoice,
) {
  const snapshot = selectVisibleSnapshot(state);
  const positions = positionsFrom(graph);
  const { png } = choice;
  const csv = (text: string) => withBom(text, choice.bom);
  switch (kind) {
    case 'png': {
      if (!graph.cy) throw new Error('The graph is not ready yet.');
      const shown = png.full ? snapshot : inView(snapshot, graph.cy, positions);
      const { svg, width, height } = picture(shown, state, graph, positions, png, png.transparent);
      const blob = await svgToPngBlob(svg, width, height, png.scale);
      return downloadBlob(blob, snapshotFileName(snapshot, 'png'));
    }
    case 'svg': {
      const { svg } = picture(snapshot, state, graph, positions, png, false);
      return downloadText(svg, snapshotFileName(snapshot, 'svg'), 'image/svg+xml');
    }
    case 'json':
      return downloadText(
        snapshotToJson(snapshot, positions),
        snapshotFileName(snapshot, 'json'),
        'application/json',
      );
    case 'csv-nodes':
      return downloadText(csv(nodesCsv(snapshot, positions)), csvFileName(snapshot, 'nodes'), 'text/csv');
    case 'csv-edges':
      return downloadText(csv(edgesCsv(snapshot)), csvFileName(snapshot, 'edges'), 'text/csv');
    case 'graphml':
      return downloadText(
        snapshotToGraphml(snapshot, positions, choice.direction),
        snapshotFileName(snapshot, 'graphml'),
        'application/xml',
      );
    case 'gexf':
      return downloadText(
        snapshotToGexf(snapshot, positions, choice.direction, formatDay(todayDay())),
        snapshotFileName(snapshot, 'gexf'),
        'application/xml',
      );
    case 'gexf-dynamic': {
      const index = selectIndex(state);
      const text = datasetToDynamicGexf(index, {
        positions,
        lastModified: formatDay(todayDay()),
        direction: choice.direction,
      });
      return downloadText(text, dynamicGexfFileName(index.span.start, index.span.end), 'application/xml');
    }
  }
}
