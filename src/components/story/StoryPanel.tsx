import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { chapterWhen, labelAt } from '../../model';
import { type EntenteState, chaptersOf, useEntente } from '../../store';
import { Citations } from '../inspector/Citations';
import { StoryEnd } from './StoryEnd';
import { useSwipe } from './useSwipe';
import './story.css';

const selectStory = (s: EntenteState) => ({
  chapters: chaptersOf(s),
  index: s.storyChapter ?? 0,
  actors: s.index.actors,
  time: s.time,
  showChapter: s.showChapter,
  nextChapter: s.nextChapter,
  previousChapter: s.previousChapter,
  exitStory: s.exitStory,
});

/** Keys that belong to the field being typed in, not to the story. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/**
 * The story card: chapter n of N, its title, date, caption, the actors it rings and its sources, with
 * the sources and Previous / Next always in view under a caption that scrolls on its own (a phone shows the card over
 * the lower graph, story.css). Swiping the card moves between chapters. Next on the last chapter ends
 * the story with what the reader saw and where to go next. Leaving (the button, Escape anywhere but
 * a text field) keeps the graph at its date.
 */
export function StoryPanel() {
  const { chapters, index, actors, time, showChapter, nextChapter, previousChapter, exitStory } = useEntente(
    useShallow(selectStory),
  );
  // Set when Next passes the last chapter; every way back to a chapter clears it.
  const [endedAt, setEndedAt] = useState<number | null>(null);
  const ended = endedAt === index;
  const chapter = chapters[index];
  const last = index === chapters.length - 1;
  const next = () => (last ? setEndedAt(index) : nextChapter());
  const swipe = useSwipe((direction) => {
    if (direction < 0) next();
    else if (ended) setEndedAt(null);
    else previousChapter();
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || typing(event.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      exitStory();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [exitStory]);

  // A new chapter (or the end) is announced by moving focus to its title when the reader was in the card.
  useEffect(() => {
    const title = document.getElementById('story-title');
    if (title?.closest('.story-card')?.contains(document.activeElement)) title.focus({ preventScroll: true });
  }, [index, ended]);

  if (!chapter) return null;
  if (ended)
    return (
      <StoryEnd
        chapters={chapters}
        swipe={swipe}
        onChapter={(i) => {
          setEndedAt(null);
          showChapter(i);
        }}
        onBack={() => setEndedAt(null)}
        onExplore={exitStory}
      />
    );
  const names = (chapter.select ?? []).map((id) => {
    const entry = actors.get(id);
    return entry ? labelAt(entry, time) : id;
  });
  return (
    <section
      className="story-panel story-card"
      data-graph-overlay="story"
      aria-labelledby="story-title"
      {...swipe}
    >
      <div className="story-head">
        <p className="story-count">
          Story · chapter {index + 1} of {chapters.length}
        </p>
        <h2 id="story-title" tabIndex={-1}>
          {chapter.title}
        </h2>
        <button
          type="button"
          className="story-exit"
          onClick={exitStory}
          aria-label="Leave story"
          aria-keyshortcuts="Escape"
        >
          Leave
        </button>
      </div>
      <div className="story-body">
        <p className="story-when">{chapterWhen(chapter)}</p>
        <p className="story-caption">{chapter.caption}</p>
        {names.length > 0 && (
          <p className="story-actors">
            <span className="muted">Ringed on the graph: </span>
            {names.join(', ')}
          </p>
        )}
        <p className="story-help muted">
          Leaving keeps the graph at this date; the time bar, filters and inspector work as usual.
        </p>
      </div>
      <p className="story-sources">
        <span className="muted">Sources: </span>
        <Citations citations={chapter.citations} />
      </p>
      <nav className="story-nav" aria-label="Story">
        <button type="button" onClick={previousChapter} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" className="primary" onClick={next}>
          {last ? 'The end →' : 'Next →'}
        </button>
      </nav>
    </section>
  );
}
