import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetIndex, type Snapshot, formatDay, layoutSpan, todayDay } from '../model';
import { graphLabel } from '../model/graph-label';
import {
  type EdgeDirection,
  type SampleStep,
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
  PICTURE_PRESETS,
  type PresetName,
  screenDpi,
  withBom,
  withPngMeta,
} from '../model/export';

export const FORMATS = ['json', 'csv', 'graphml', 'gexf', 'gexf-dynamic', 'svg', 'png'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions {
  format: Format;
  /** A file, or an existing directory to write the default-named file(s) into; stdout when absent. */
  out?: string;
  width: number;
  height: number;
  scale: number;
  /** A size preset (slide, A4, Letter, square): its pixels, unit and DPI replace width × scale. */
  preset?: PresetName;
  /** A CSS colour, or "transparent". */
  background: string;
  step: SampleStep;
  /** GraphML/GEXF: one undirected graph (default) or Gephi's mixed graph. */
  direction: EdgeDirection;
  /** CSV: start each file (or the stdout text) with a UTF-8 byte-order mark for Excel. */
  bom: boolean;
  /** SVG/PNG furniture: a title (null: none), the date, the legend and the source line. */
  picture: { title: string | null; date: boolean; legend: boolean; source: boolean; theme: 'light' | 'dark' };
  write: (text: string) => void;
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

function emit(o: OutputOptions, defaultName: string, body: string | Buffer): string | undefined {
  if (o.out === undefined) {
    o.write(typeof body === 'string' ? body : body.toString('base64'));
    return undefined;
  }
  const path = isDir(o.out) ? join(o.out, defaultName) : o.out;
  writeFileSync(path, body);
  return path;
}

/** The picture's pixels: a preset's, or width × height at the scale (laid out at that size). */
export function pictureSizeOf(o: Pick<OutputOptions, 'preset' | 'width' | 'height' | 'scale'>) {
  if (o.preset) return PICTURE_PRESETS[o.preset];
  const s = o.scale;
  return { width: Math.round(o.width * s), height: Math.round(o.height * s), unit: s, dpi: screenDpi(s) };
}

function svgFor(snapshot: Snapshot, index: DatasetIndex, o: OutputOptions, raster = false): string {
  const positions = layoutSpan(index, { width: o.width, height: o.height });
  const background = o.background === 'transparent' ? null : o.background;
  const { meta } = index.dataset;
  const { width, height, unit } = pictureSizeOf(o);
  return snapshotToSvg(snapshot, positions, {
    width,
    height,
    unit,
    background,
    theme: o.picture.theme,
    title: o.picture.title ?? '',
    date: o.picture.date,
    legend: o.picture.legend,
    source: o.picture.source ? exportSource(meta.name, meta.version) : '',
    // A PNG leaves out what it could not show; the SVG keeps every mark (it can be zoomed).
    cullHidden: raster,
    labelOf: (n) => {
      const entry = index.actors.get(n.id);
      return entry ? graphLabel(entry.actor, n.label) : n.label;
    },
  });
}

/**
 * GEXF's lastmodifieddate: the day the file is written (UTC), or the day of SOURCE_DATE_EPOCH (seconds)
 * when set, the reproducible-builds convention for stamping files with a fixed date.
 */
export function fileDay(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return formatDay(Math.floor(Number(epoch) / 86_400));
  return formatDay(todayDay());
}

/** The default title of a picture: the dataset's name, without the product name. */
export const defaultTitle = (index: DatasetIndex) => exportTitle(index.dataset.meta.name);

/** Writes one export; returns the paths written (empty when printed to stdout). */
export async function writeExport(
  index: DatasetIndex,
  snapshot: Snapshot | null,
  o: OutputOptions,
): Promise<string[]> {
  const written: (string | undefined)[] = [];
  if (o.format === 'gexf-dynamic') {
    const positions = layoutSpan(index, { width: o.width, height: o.height });
    const name = dynamicGexfFileName(index.span.start, index.span.end);
    written.push(
      emit(
        o,
        name,
        datasetToDynamicGexf(index, {
          positions,
          step: o.step,
          direction: o.direction,
          lastModified: fileDay(),
        }),
      ),
    );
    return written.filter((p): p is string => p !== undefined);
  }
  if (!snapshot) throw new Error(`--at is required for --format ${o.format}`);
  const positions = () => layoutSpan(index, { width: o.width, height: o.height });
  switch (o.format) {
    case 'json':
      written.push(emit(o, snapshotFileName(snapshot, 'json'), snapshotToJson(snapshot, positions())));
      break;
    case 'graphml':
      written.push(
        emit(o, snapshotFileName(snapshot, 'graphml'), snapshotToGraphml(snapshot, positions(), o.direction)),
      );
      break;
    case 'gexf':
      written.push(
        emit(
          o,
          snapshotFileName(snapshot, 'gexf'),
          snapshotToGexf(snapshot, positions(), o.direction, fileDay()),
        ),
      );
      break;
    case 'svg':
      written.push(emit(o, snapshotFileName(snapshot, 'svg'), svgFor(snapshot, index, o)));
      break;
    case 'png': {
      if (o.out === undefined) throw new Error('--format png needs --out FILE or --out DIR');
      const svg = svgFor(snapshot, index, o, true);
      // Loaded only for PNG: Playwright alone adds over a second to every other run of the CLI.
      const { svgToPng } = await import('./render-png');
      const { width, height, dpi } = pictureSizeOf(o);
      const raw = await svgToPng(svg, {
        width,
        height,
        scale: 1,
        transparent: o.background === 'transparent',
      });
      const { meta } = index.dataset;
      const png = withPngMeta(raw, {
        dpi,
        text: {
          ...(o.picture.title ? { Title: o.picture.title } : {}),
          Date: snapshot.window ? `${snapshot.window.from} – ${snapshot.window.to}` : snapshot.at,
          Source: exportSource(meta.name, meta.version).replace(/^Source: /, ''),
          Software: 'Entente snapshot CLI',
        },
      });
      written.push(emit(o, snapshotFileName(snapshot, 'png'), Buffer.from(png)));
      break;
    }
    case 'csv': {
      const nodes = nodesCsv(snapshot, positions());
      const edges = edgesCsv(snapshot);
      if (o.out === undefined) {
        // Two tables on stdout, nodes first, separated by one empty line.
        o.write(withBom(`${nodes}\r\n${edges}`, o.bom));
        break;
      }
      if (!isDir(o.out)) mkdirSync(o.out, { recursive: true });
      for (const [table, text] of [
        ['nodes', nodes],
        ['edges', edges],
      ] as const) {
        const path = join(o.out, csvFileName(snapshot, table));
        writeFileSync(path, withBom(text, o.bom));
        written.push(path);
      }
      break;
    }
  }
  return written.filter((p): p is string => p !== undefined);
}
