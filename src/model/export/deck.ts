import { citationText } from '../citations';
import { chapterWhen } from '../story/chapters';
import type { Chapter, Dataset, Snapshot } from '../types';
import { inkFor } from './contrast';
import { xmlText } from './escape';
import type { Positions } from './positions';
import { PICTURE_PRESETS } from './presets';
import { type SvgOptions, fitText, oneLine, snapshotToSvg } from './svg';
import { FONT } from './svg-parts';
import { type MeasureText, tableMeasure } from './text-metrics';

/** Words set in lines no wider than `max` pixels (a word wider than a line is cut with an ellipsis). */
export function wrapText(text: string, max: number, size: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next, size) <= max) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => fitText(l, max, size, measure));
}

/** "Sources: RFE/RL 2003, line 29; …": a chapter's citations as the story card names them. */
export function chapterSources(dataset: Dataset, chapter: Chapter): string {
  return `Sources: ${chapter.citations.map((c) => citationText(dataset, c).short).join('; ')}`;
}

const SLIDE = PICTURE_PRESETS.slide;
const M = 48;
const t = (text: string) => xmlText(oneLine(text));

function page(background: string | null, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}">`,
    ...(background ? [`<rect class="background" width="100%" height="100%" fill="${background}"/>`] : []),
    ...body,
    '</svg>\n',
  ].join('\n');
}

export interface SlideOptions {
  background: string | null;
  theme: 'light' | 'dark';
  measure?: MeasureText;
}

/** The deck's first page: the dataset's name, its description and what the deck holds. */
export function titleSlideSvg(
  title: string,
  lines: { description?: string; credit: string; chapters: number },
  o: SlideOptions,
): string {
  const measure = o.measure ?? tableMeasure;
  const ink = inkFor(o.background, o.theme);
  const width = SLIDE.width - 2 * M * 2;
  const heading = wrapText(title, width, 64, measure).slice(0, 3);
  const about = wrapText(lines.description ?? '', width, 30, measure).slice(0, 6);
  let y = 300;
  const body = [`<g ${FONT} fill="${ink.text}">`];
  for (const l of heading)
    body.push(
      `<text class="title" x="${2 * M}" y="${(y += 76)}" font-size="64" font-weight="600">${t(l)}</text>`,
    );
  y += 30;
  for (const l of about)
    body.push(
      `<text class="description" x="${2 * M}" y="${(y += 44)}" font-size="30" fill="${ink.muted}">${t(l)}</text>`,
    );
  body.push(
    `<text class="contents" x="${2 * M}" y="${SLIDE.height - 2 * M - 40}" font-size="26">${t(`${lines.chapters} chapters, one a page`)}</text>`,
    `<text class="source" x="${2 * M}" y="${SLIDE.height - 2 * M}" font-size="22" fill="${ink.muted}">${t(fitText(lines.credit, width, 22, measure))}</text>`,
    '</g>',
  );
  return page(o.background, body);
}

/**
 * One chapter as a 16:9 slide: its title and date, its caption (wrapped, at most four lines), and
 * below them the picture of the graph at the chapter's date with the legend and the chapter's sources.
 */
export function chapterSlideSvg(
  snapshot: Snapshot,
  positions: Positions | undefined,
  chapter: { title: string; when: string; caption: string; sources: string },
  o: SlideOptions & Partial<Pick<SvgOptions, 'labelOf'>>,
): string {
  const measure = o.measure ?? tableMeasure;
  const ink = inkFor(o.background, o.theme);
  const width = SLIDE.width - 2 * M;
  const whenWidth = measure(chapter.when, 30) + 24;
  const caption = wrapText(chapter.caption, width, 24, measure).slice(0, 4);
  const top = 96 + caption.length * 34 + 8;
  const graph = snapshotToSvg(snapshot, positions, {
    width: SLIDE.width,
    height: SLIDE.height - top,
    unit: PICTURE_PRESETS.slide.unit,
    background: null,
    theme: o.theme,
    title: '',
    date: false,
    legend: true,
    source: chapter.sources,
    measure,
    ...(o.labelOf ? { labelOf: o.labelOf } : {}),
  }).replace('<svg ', `<svg x="0" y="${top}" `);
  const body = [
    `<g ${FONT} fill="${ink.text}">`,
    `<text class="title" x="${M}" y="${M + 16}" font-size="40" font-weight="600">${t(fitText(chapter.title, width - whenWidth, 40, measure, true))}</text>`,
    `<text class="date" x="${SLIDE.width - M}" y="${M + 16}" font-size="30" text-anchor="end" fill="${ink.muted}">${t(chapter.when)}</text>`,
    ...caption.map(
      (l, i) => `<text class="caption" x="${M}" y="${M + 60 + i * 34}" font-size="24">${t(l)}</text>`,
    ),
    '</g>',
    graph,
  ];
  return page(o.background, body);
}

/** A chapter's words as a slide shows them. */
export function chapterText(dataset: Dataset, chapter: Chapter) {
  return {
    title: chapter.title,
    when: chapterWhen(chapter),
    caption: chapter.caption,
    sources: chapterSources(dataset, chapter),
  };
}

/** File names of the deck and its slides: entente-story.pdf, entente-story-01-partition.png. */
export const deckFileName = (ext: 'pdf' | 'zip') => `entente-story.${ext}`;
export const slideFileName = (n: number, id: string) =>
  `entente-story-${String(n).padStart(2, '0')}-${id.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40)}.png`;
