import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, SPEEDS, useEntente } from '../../store';
import { Icon } from './icons';
import { ModeSwitch } from './ModeSwitch';
import { StoryButton } from '../story/StoryButton';

const selectControls = (s: EntenteState) => ({
  playing: s.playing,
  speed: s.speed,
  atStart: s.time <= s.index.span.start,
  atEnd: s.time >= s.index.span.end,
  togglePlaying: s.togglePlaying,
  setSpeed: s.setSpeed,
  stepMonths: s.stepMonths,
});

export function PlayControls() {
  const { playing, speed, atStart, atEnd, togglePlaying, setSpeed, stepMonths } = useEntente(
    useShallow(selectControls),
  );
  return (
    <div className="play-controls">
      <button
        type="button"
        className="icon-button"
        aria-label="Step back one month"
        title="Back one month (←; shift+← one year)"
        disabled={atStart}
        onClick={() => stepMonths(-1)}
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="icon-button play-button"
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause (space)' : 'Play (space)'}
        onClick={togglePlaying}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Step forward one month"
        title="Forward one month (→; shift+→ one year)"
        disabled={atEnd}
        onClick={() => stepMonths(1)}
      >
        <Icon name="forward" />
      </button>
      <ModeSwitch />
      <StoryButton />
      <select
        aria-label="Playback speed"
        title="Playback speed"
        value={speed}
        onChange={(e) => setSpeed(Number(e.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s === 12 ? '1 yr/s' : s === 24 ? '2 yr/s' : `${s} mo/s`}
          </option>
        ))}
      </select>
    </div>
  );
}
