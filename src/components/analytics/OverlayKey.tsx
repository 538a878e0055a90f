import { CAMP_COLOURS, CHANGE_COLOURS, FRUSTRATED_COLOUR } from '../../graph/camps';
import { formatDay } from '../../model';
import { COUNT_TEXT, KEY_TEXT } from './change-words';

/** What the overlay's rings and glows mean, shown over the graph while a view is on. */
export function OverlayKey({
  camps,
  compare,
}: {
  camps: boolean;
  compare: { from: number; to: number } | null;
}) {
  if (!camps && !compare) return null;
  return (
    <div
      className="overlay-key"
      data-graph-overlay="key"
      role="note"
      aria-label="Analytics key"
      data-testid="overlay-key"
    >
      {camps && (
        <ul>
          <li>
            <span className="key-ring" style={{ borderColor: CAMP_COLOURS.A }} /> Camp A
          </li>
          <li>
            <span className="key-ring key-ring-double" style={{ borderColor: CAMP_COLOURS.B }} /> Camp B
          </li>
          <li>
            <span className="key-glow" style={{ background: FRUSTRATED_COLOUR }} /> strains the camps
          </li>
        </ul>
      )}
      {compare && (
        <>
          <p>
            Changes {formatDay(compare.from)} → {formatDay(compare.to)}
          </p>
          <ul>
            {(Object.entries(CHANGE_COLOURS) as [keyof typeof CHANGE_COLOURS, string][]).map(
              ([kind, colour]) => (
                <li key={kind} title={COUNT_TEXT[kind]}>
                  <span
                    className={kind === 'vanished' ? 'key-dotted' : 'key-glow'}
                    style={kind === 'vanished' ? { borderTopColor: colour } : { background: colour }}
                  />{' '}
                  {KEY_TEXT[kind]}
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </div>
  );
}
