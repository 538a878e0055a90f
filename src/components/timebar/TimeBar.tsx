import { useEntente } from '../../store';
import { PlayControls } from './PlayControls';
import { TimeReadout } from './TimeReadout';
import { TimeTrack } from './TimeTrack';
import { usePlayback } from './usePlayback';

/** The time bar under the graph: controls on the left, the scrubbing track on the right. */
export function TimeBar() {
  usePlayback();
  const togglePlaying = useEntente((s) => s.togglePlaying);
  // Space plays or pauses from anywhere in the bar except where space already means something.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== ' ' || event.defaultPrevented) return;
    const tag = (event.target as HTMLElement).tagName;
    if (tag === 'BUTTON' || tag === 'SELECT') return;
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
