import { useEntente } from '../../store';
import { PlayControls } from './PlayControls';
import { TimeReadout } from './TimeReadout';
import { TimeTrack } from './TimeTrack';
import { usePlayback } from './usePlayback';
import { useTimeGlide } from '../story/useTimeGlide';

/** The time bar under the graph: controls on the left, the scrubbing track on the right. */
export function TimeBar() {
  usePlayback();
  useTimeGlide();
  const togglePlaying = useEntente((s) => s.togglePlaying);
  // Space plays or pauses from anywhere in the bar except where space already means something.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== ' ' || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    const tag = target.tagName;
    if (tag === 'BUTTON' || tag === 'SELECT') return;
    // The date box takes typing; only the sliders (range inputs) leave space to play.
    if (tag === 'INPUT' && (target as HTMLInputElement).type !== 'range') return;
    event.preventDefault();
    togglePlaying();
  };
  return (
    <div className="time-bar" role="group" aria-label="Time controls" onKeyDown={onKeyDown}>
      <div className="time-side">
        <TimeReadout />
        <PlayControls />
      </div>
      <TimeTrack />
    </div>
  );
}
