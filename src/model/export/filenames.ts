import { formatDay, yearOf } from '../dates';

/** File names that say what a download is, e.g. `entente-1971-12-15.png`; only our own dates go in. */
export type SnapshotExt = 'png' | 'svg' | 'json' | 'graphml' | 'gexf';

interface Dated {
  at: string;
  window?: { from: string; to: string };
}

function stem(snapshot: Dated): string {
  return snapshot.window
    ? `entente-${snapshot.window.from}-to-${snapshot.window.to}`
    : `entente-${snapshot.at}`;
}

/** `entente-1971-12-15.png`, or `entente-1970-01-01-to-1971-12-15.png` for a window. */
export function snapshotFileName(snapshot: Dated, ext: SnapshotExt): string {
  return `${stem(snapshot)}.${ext}`;
}

/** `entente-1971-12-15-nodes.csv` and `...-edges.csv`. */
export function csvFileName(snapshot: Dated, table: 'nodes' | 'edges'): string {
  return `${stem(snapshot)}-${table}.csv`;
}

/** `entente-1947-2012-dynamic.gexf`: the whole span Gephi's timeline will cover. */
export function dynamicGexfFileName(fromDay: number, toDay: number): string {
  return `entente-${yearOf(fromDay)}-${yearOf(toDay)}-dynamic.gexf`;
}

/** `entente-1960-01-01-to-1975-12-31.webm`: the range the animation plays over. */
export function animationFileName(fromDay: number, toDay: number, ext = 'webm'): string {
  return `entente-${formatDay(fromDay)}-to-${formatDay(toDay)}.${ext}`;
}
