import { type Chapter, type ChapterView, chapterIndexOf, chapterView, stepChapter } from '../model';
import type { TimeMode } from './time-slice';
import type { SliceCreator } from './types';

/** A move of the time slider the time bar animates (story chapters); `seq` tells repeats apart. */
export interface TimeGlide extends ChapterView {
  seq: number;
}

/** How showChapter moves time: a short animation, at once, or not at all (a share link set it). */
export type ChapterMotion = 'glide' | 'jump' | 'stay';

export interface StorySlice {
  /** Index of the chapter shown in the side panel, or null outside story mode. */
  storyChapter: number | null;
  /** The chapter the reader saw last, where the Story button resumes (0 for a new dataset). */
  storyResume: number;
  /** The pending animated time move, or null. Anything that ends the story drops it. */
  timeGlide: TimeGlide | null;
  /** The time mode the reader was in before the story, put back when it is left. */
  storyReturnMode: TimeMode;
  /**
   * Enters story mode at a chapter id (else where the story was left, else the first), clearing any
   * selection, which would dim the chapter's actors. False if there are no chapters.
   */
  startStory: (chapterId?: string) => boolean;
  showChapter: (index: number, motion?: ChapterMotion) => void;
  nextChapter: () => void;
  previousChapter: () => void;
  /** Leaves story mode: time, filters and selection stay, the time mode goes back to the reader's. */
  exitStory: () => void;
  /** Called by the animation when it lands or gives way to the user. */
  endGlide: (seq: number) => void;
}

export const chaptersOf = (s: { dataset: { chapters?: Chapter[] } }): Chapter[] => s.dataset.chapters ?? [];

export const createStorySlice: SliceCreator<StorySlice> = (set, get) => {
  let glides = 0;
  return {
    storyChapter: null,
    storyResume: 0,
    timeGlide: null,
    storyReturnMode: 'point',
    startStory: (chapterId) => {
      const chapters = chaptersOf(get());
      if (!chapters.length) return false;
      const found = chapterId === undefined ? -1 : chapterIndexOf(chapters, chapterId);
      if (chapterId !== undefined && found < 0) return false;
      if (get().storyChapter === null) set({ storyReturnMode: get().mode, selection: null });
      get().showChapter(found >= 0 ? found : stepChapter(chapters.length, get().storyResume, 0));
      return true;
    },
    showChapter: (index, motion = 'glide') => {
      const s = get();
      const chapters = chaptersOf(s);
      const i = stepChapter(chapters.length, index, 0);
      if (i < 0) return;
      const view = chapterView(chapters[i], s.index.span);
      s.setPlaying(false);
      set({ storyChapter: i, storyResume: i, timeGlide: null });
      if (motion === 'stay') return;
      s.setMode(view.mode);
      if (motion === 'jump') {
        s.setTime(view.time);
        if (view.windowFrom !== undefined) s.setWindowFrom(view.windowFrom);
        return;
      }
      set({ timeGlide: { ...view, seq: ++glides } });
    },
    nextChapter: () => {
      const { storyChapter, showChapter } = get();
      if (storyChapter !== null) showChapter(stepChapter(chaptersOf(get()).length, storyChapter, 1));
    },
    previousChapter: () => {
      const { storyChapter, showChapter } = get();
      if (storyChapter !== null) showChapter(stepChapter(chaptersOf(get()).length, storyChapter, -1));
    },
    exitStory: () => {
      const { storyChapter, storyReturnMode, setMode } = get();
      set({ storyChapter: null, timeGlide: null });
      if (storyChapter !== null) setMode(storyReturnMode);
    },
    endGlide: (seq) => {
      if (get().timeGlide?.seq === seq) set({ timeGlide: null });
    },
  };
};
