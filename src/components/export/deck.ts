import { jsPDF } from 'jspdf';
import { zipSync } from 'fflate';
import { chapterView } from '../../model';
import {
  PICTURE_PRESETS,
  chapterSlideSvg,
  chapterText,
  deckFileName,
  exportSource,
  exportTitle,
  slideFileName,
  titleSlideSvg,
  withPngMeta,
} from '../../model/export';
import { type EntenteState, chaptersOf, selectIndex, selectVisibleSnapshot } from '../../store';
import type { GraphHandle } from '../graph/GraphView';
import { positionsFrom } from './actions';
import { downloadBlob } from './download';
import { canvasMeasure, pageBackground } from './picture';
import { svgToPngBlob } from './rasterize';

/**
 * The dataset's story as slides: a title page, then each chapter's graph at the chapter's date (or
 * window) at 16:9 slide size with its title, caption and sources. The store's time never moves.
 */
export function storySlides(state: EntenteState, graph: GraphHandle): { name: string; svg: string }[] {
  const chapters = chaptersOf(state);
  if (chapters.length === 0) throw new Error('This dataset has no story chapters.');
  const index = selectIndex(state);
  const positions = positionsFrom(graph);
  const labelFor = graph.labelFor?.();
  const look = { background: pageBackground(), theme: state.theme, measure: canvasMeasure };
  const { meta } = state.dataset;
  const slides = [
    {
      name: slideFileName(0, 'title'),
      svg: titleSlideSvg(
        exportTitle(state.datasetName),
        {
          description: meta.description,
          credit: exportSource(state.datasetName, meta.version),
          chapters: chapters.length,
        },
        look,
      ),
    },
  ];
  chapters.forEach((chapter, i) => {
    const view = chapterView(chapter, index.span);
    const snapshot = selectVisibleSnapshot({
      ...state,
      time: view.time,
      mode: view.mode,
      windowFrom: view.windowFrom ?? state.windowFrom,
    });
    slides.push({
      name: slideFileName(i + 1, chapter.id),
      svg: chapterSlideSvg(snapshot, positions, chapterText(state.dataset, chapter), {
        ...look,
        labelOf: (n) => labelFor?.(n.id, n.label) ?? n.label,
      }),
    });
  });
  return slides;
}

const { width: W, height: H, dpi } = PICTURE_PRESETS.slide;

/**
 * The story as a PDF, one 13.33 × 7.5 in page per slide. jsPDF (maintained, no eval, so it runs under
 * the app's CSP; loaded only here) places each slide as a JPEG, which it embeds as it is: PNG pages
 * would be decoded and deflated again, several seconds for a dozen slides.
 */
export async function downloadDeckPdf(state: EntenteState, graph: GraphHandle): Promise<void> {
  const slides = storySlides(state, graph);
  const pt = { w: (W / dpi) * 72, h: (H / dpi) * 72 };
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [pt.w, pt.h], compress: true });
  pdf.setProperties({
    title: `${exportTitle(state.datasetName)}: the story`,
    subject: exportSource(state.datasetName, state.dataset.meta.version),
    creator: 'Entente',
  });
  for (const [i, slide] of slides.entries()) {
    const jpeg = await svgToPngBlob(slide.svg, W, H, 1, 'image/jpeg');
    if (i > 0) pdf.addPage([pt.w, pt.h], 'landscape');
    pdf.addImage(new Uint8Array(await jpeg.arrayBuffer()), 'JPEG', 0, 0, pt.w, pt.h);
  }
  downloadBlob(new Blob([pdf.output('arraybuffer')], { type: 'application/pdf' }), deckFileName('pdf'));
}

/** The same slides as PNGs (with DPI and text chunks) in one zip, stored: PNGs do not compress. */
export async function downloadDeckZip(state: EntenteState, graph: GraphHandle): Promise<void> {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  const source = exportSource(state.datasetName, state.dataset.meta.version).replace(/^Source: /, '');
  for (const slide of storySlides(state, graph)) {
    const png = new Uint8Array(await (await svgToPngBlob(slide.svg, W, H, 1)).arrayBuffer());
    const text = { Title: slide.name, Source: source, Software: 'Entente' };
    files[slide.name] = [withPngMeta(png, { dpi, text }), { level: 0 }];
  }
  downloadBlob(new Blob([zipSync(files) as BlobPart], { type: 'application/zip' }), deckFileName('zip'));
}
