import { type DatasetIndex } from '../time/dataset-index';
import { snapshotAt } from '../time/engine';
import type { Chapter, Sign } from '../types';
import { chapterView } from './chapters';

export type ChapterClaim = NonNullable<Chapter['claims']>[number];

/** What the graph at the chapter's view says of one claimed relation, and whether the caption holds. */
export interface ClaimReading {
  claim: ChapterClaim;
  /** The relation's sign (0 for neutral, insufficient evidence or no relation at all). */
  sign: Sign;
  score: number | undefined;
  holds: boolean;
}

const ACCEPTS: Record<ChapterClaim['expect'], readonly Sign[]> = {
  friendly: [1],
  hostile: [-1],
  neutral: [0],
  'not-hostile': [0, 1],
  'not-friendly': [0, -1],
};

/** Reads every relation a chapter's caption names off the snapshot the chapter shows. */
export function readChapterClaims(index: DatasetIndex, chapter: Chapter): ClaimReading[] {
  const view = chapterView(chapter, index.span);
  const snapshot = snapshotAt(
    index,
    view.time,
    view.mode === 'window' ? { windowFrom: view.windowFrom } : {},
  );
  return (chapter.claims ?? []).map((claim) => {
    const [a, b] = claim.pair;
    const edge = snapshot.edges.find(
      (e) =>
        e.kind === 'relation' && ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
    );
    const sign: Sign = edge ? edge.sign : 0;
    return { claim, sign, score: edge?.score, holds: ACCEPTS[claim.expect].includes(sign) };
  });
}
