import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chapterWhen } from '../../model';
import { type EntenteState, chaptersOf, useEntente } from '../../store';
import { Citations } from '../inspector/Citations';
import './story.css';

const selectStory = (s: EntenteState) => ({
  chapters: chaptersOf(s),
  index: s.storyChapter ?? 0,
  nextChapter: s.nextChapter,
  previousChapter: s.previousChapter,
  exitStory: s.exitStory,
});

/** Keys that belong to the field being typed in, not to the story. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/**
 * The side panel in story mode: chapter n of N, its title, date, caption and sources, and the ways
 * on (Previous / Next) and out (Leave story, or Escape anywhere but a text field). Leaving keeps the
 * graph where it is, so the reader can explore from that moment.
 */
export function StoryPanel() {
  const { chapters, index, nextChapter, previousChapter, exitStory } = useEntente(useShallow(selectStory));
  const heading = useRef<HTMLHeadingElement>(null);
  const chapter = chapters[index];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || typing(event.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      exitStory();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [exitStory]);

  // A new chapter is announced by moving focus to its title when the reader was in the panel.
  useEffect(() => {
    if (heading.current?.closest('.story-panel')?.contains(document.activeElement))
      heading.current.focus({ preventScroll: true });
  }, [index]);

  if (!chapter) return null;
  return (
    <section className="story-panel" aria-labelledby="story-title">
      <p className="story-count">
        Story · chapter {index + 1} of {chapters.length}
      </p>
      <h2 id="story-title" ref={heading} tabIndex={-1}>
        {chapter.title}
      </h2>
      <p className="story-when">{chapterWhen(chapter)}</p>
      <p className="story-caption">{chapter.caption}</p>
      <p className="story-sources">
        <span className="muted">Sources: </span>
        <Citations citations={chapter.citations} />
      </p>
      <nav className="story-nav" aria-label="Story">
        <button type="button" onClick={previousChapter} disabled={index === 0}>
          ← Previous
        </button>
        <button
          type="button"
          className="primary"
          onClick={nextChapter}
          disabled={index === chapters.length - 1}
        >
          Next →
        </button>
        <button type="button" className="story-exit" onClick={exitStory} aria-keyshortcuts="Escape">
          Leave story
        </button>
      </nav>
      <p className="story-help muted">
        Leaving keeps the graph at this date; the time bar, filters and inspector work as usual.
      </p>
    </section>
  );
}
