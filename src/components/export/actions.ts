import { actorIdOf } from '../../graph/elements';
import { type Point, formatDay, todayDay } from '../../model';
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
  withBom,
} from '../../model/export';
import { type EntenteState, selectIndex, selectVisibleSnapshot } from '../../store';
import type { GraphHandle } from '../graph/GraphView';
import { downloadBlob, downloadText } from './download';
import { picture, pictureToPng } from './picture';
import type { ExportChoice, ExportKind } from './choice';

export type { PngChoice } from './picture';

/**
 * Everything behind the Export menu. This module (and the format builders it pulls in) is loaded
 * with a dynamic import on first use, so none of it is in the initial bundle.
 */
export type { ExportChoice, ExportKind } from './choice';

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
      const p = picture(snapshot, state, graph, positions, png);
      const date = snapshot.window ? `${snapshot.window.from} – ${snapshot.window.to}` : snapshot.at;
      return downloadBlob(await pictureToPng(p, date), snapshotFileName(snapshot, 'png'));
    }
    case 'svg': {
      // The same picture as the PNG, with every option the menu shows (full graph, transparency).
      const { svg } = picture(snapshot, state, graph, positions, png);
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
