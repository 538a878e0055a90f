import type { Chapter } from '../../model';
import type { useSwipe } from './useSwipe';

/**
 * The card after the last chapter: what the reader saw (every chapter, each a way back to it) and
 * where to go from here.
 */
export function StoryEnd({
  chapters,
  swipe,
  onChapter,
  onBack,
  onExplore,
}: {
  chapters: readonly Chapter[];
  swipe: ReturnType<typeof useSwipe>;
  onChapter: (index: number) => void;
  onBack: () => void;
  onExplore: () => void;
}) {
  return (
    <section
      className="story-panel story-card story-end"
      data-graph-overlay="story"
      aria-labelledby="story-title"
      {...swipe}
    >
      <p className="story-count">Story · the end</p>
      <h2 id="story-title" tabIndex={-1}>
        You have seen all {chapters.length} chapters
      </h2>
      <div className="story-body">
        <ol className="story-recap">
          {chapters.map((chapter, i) => (
            <li key={chapter.id}>
              <button type="button" className="link-button" onClick={() => onChapter(i)}>
                {chapter.title}
              </button>
            </li>
          ))}
        </ol>
        <p className="story-next-steps">
          Where to go next: drag the time bar to any year, click a line to read the events behind a relation,
          or open <strong>Analytics</strong> to compare two dates and see the camps.
        </p>
      </div>
      <nav className="story-nav" aria-label="Story">
        <button type="button" onClick={onBack}>
          ← Last chapter
        </button>
        <button type="button" className="primary" onClick={onExplore}>
          Explore from here
        </button>
      </nav>
    </section>
  );
}
