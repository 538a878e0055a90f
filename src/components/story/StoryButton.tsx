import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, chaptersOf, useEntente } from '../../store';

const selectButton = (s: EntenteState) => ({
  count: chaptersOf(s).length,
  active: s.storyChapter !== null,
  startStory: s.startStory,
  exitStory: s.exitStory,
});

/** Enters story mode (where the reader left it, else chapter 1) or leaves it. Absent without chapters. */
export function StoryButton() {
  const { count, active, startStory, exitStory } = useEntente(useShallow(selectButton));
  if (!count) return null;
  return (
    <button
      type="button"
      className="story-button"
      aria-pressed={active}
      title={active ? 'Leave the story (Escape)' : `Tell the history in ${count} chapters`}
      onClick={() => (active ? exitStory() : startStory())}
    >
      Story
    </button>
  );
}
