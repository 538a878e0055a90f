import type { EdgeDirection } from '../../model/export';
import type { PngChoice } from './picture';

export type ExportKind =
  'png' | 'svg' | 'json' | 'csv-nodes' | 'csv-edges' | 'graphml' | 'gexf' | 'gexf-dynamic';

export interface ExportChoice {
  png: PngChoice;
  /** CSV: a UTF-8 byte-order mark so Excel reads non-ASCII names right. */
  bom: boolean;
  /** GraphML/GEXF: one undirected graph (default) or Gephi's mixed graph. */
  direction: EdgeDirection;
}

/** What the menu starts with; the menu starts phones on the slide size (a pane is no picture size). */
export const DEFAULT_CHOICE: ExportChoice = {
  png: {
    full: true,
    size: 'screen',
    scale: 2,
    transparent: false,
    title: true,
    date: true,
    legend: true,
    source: true,
  },
  bom: false,
  direction: 'undirected',
};
