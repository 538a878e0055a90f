import type { Core } from 'cytoscape';
import { actorIdOf } from '../../graph/elements';
import { type Point, formatDay } from '../../model';
import {
  csvFileName,
  datasetToDynamicGexf,
  dynamicGexfFileName,
  edgesCsv,
  nodesCsv,
  snapshotFileName,
  snapshotToGexf,
  snapshotToGraphml,
  snapshotToJson,
  snapshotToSvg,
} from '../../model/export';
import { type EntenteState, selectIndex, selectVisibleSnapshot } from '../../store';
import { downloadBlob, downloadText } from './download';

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
}

/** Node positions as drawn now (model coordinates), so exports look like the screen. */
export function positionsFrom(cy: Core | null): Map<string, Point> {
  const out = new Map<string, Point>();
  cy?.nodes().forEach((n) => {
    const p = n.position();
    out.set(actorIdOf(n.id()), { x: p.x, y: p.y });
  });
  return out;
}

function pageBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

export async function runExport(kind: ExportKind, state: EntenteState, cy: Core | null, png: PngChoice) {
  const snapshot = selectVisibleSnapshot(state);
  const positions = positionsFrom(cy);
  switch (kind) {
    case 'png': {
      if (!cy) throw new Error('The graph is not ready yet.');
      const blob = await cy.png({
        output: 'blob-promise',
        full: png.full,
        scale: png.scale,
        ...(png.transparent ? {} : { bg: pageBackground() }),
      });
      return downloadBlob(blob, snapshotFileName(snapshot, 'png'));
    }
    case 'svg': {
      const box = cy?.container()?.getBoundingClientRect();
      const svg = snapshotToSvg(snapshot, positions, {
        width: Math.round(Math.max(box?.width ?? 1200, 640)),
        height: Math.round(Math.max(box?.height ?? 900, 480)),
        title: `Entente — ${state.datasetName}`,
      });
      return downloadText(svg, snapshotFileName(snapshot, 'svg'), 'image/svg+xml');
    }
    case 'json':
      return downloadText(snapshotToJson(snapshot), snapshotFileName(snapshot, 'json'), 'application/json');
    case 'csv-nodes':
      return downloadText(nodesCsv(snapshot, positions), csvFileName(snapshot, 'nodes'), 'text/csv');
    case 'csv-edges':
      return downloadText(edgesCsv(snapshot), csvFileName(snapshot, 'edges'), 'text/csv');
    case 'graphml':
      return downloadText(
        snapshotToGraphml(snapshot, positions),
        snapshotFileName(snapshot, 'graphml'),
        'application/xml',
      );
    case 'gexf':
      return downloadText(
        snapshotToGexf(snapshot, positions),
        snapshotFileName(snapshot, 'gexf'),
        'application/xml',
      );
    case 'gexf-dynamic': {
      const index = selectIndex(state);
      const text = datasetToDynamicGexf(index, { positions, lastModified: formatDay(state.time) });
      return downloadText(text, dynamicGexfFileName(index.span.start, index.span.end), 'application/xml');
    }
  }
}
