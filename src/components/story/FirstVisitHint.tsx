import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, chaptersOf, useEntente } from '../../store';

export const HINT_KEY = 'entente.hint.dismissed';

function seen(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false; // storage blocked: show the hint, it is one line
  }
}

function remember(): void {
  try {
    window.localStorage.setItem(HINT_KEY, '1');
  } catch {
    /* storage blocked: the hint comes back next visit, nothing else breaks */
  }
}

const selectHint = (s: EntenteState) => ({
  chapters: chaptersOf(s).length,
  story: s.storyChapter !== null,
  startStory: s.startStory,
});

/** One line for a first visit: how to move through time, and that a story is there to follow. */
export function FirstVisitHint() {
  const [hidden, setHidden] = useState(seen);
  const { chapters, story, startStory } = useEntente(useShallow(selectHint));
  if (hidden || story) return null;
  const dismiss = () => {
    remember();
    setHidden(true);
  };
  return (
    <aside
      className={chapters > 0 ? 'first-hint' : 'first-hint first-hint-plain'}
      aria-label="Tip"
      data-graph-overlay="tip"
    >
      <p>
        Press <strong>Play</strong> or drag the time bar
        {chapters > 0 ? (
          <>
            ; <strong>Story</strong> tells the history in {chapters} chapters.
          </>
        ) : (
          '.'
        )}
      </p>
      {chapters > 0 && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            dismiss();
            startStory();
          }}
        >
          Start the story
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss tip" onClick={dismiss}>
        ×
      </button>
    </aside>
  );
}
