import { useState } from 'react';
import { type Contribution, describeCameo } from '../../model';
import { useEntente } from '../../store';
import { Citations } from './Citations';
import { signClass, signed } from './format';

const FIRST = 12;

/** The events behind a relation's value, biggest share first, each with its date and sources. */
export function EvidenceList({ contributions }: { contributions: Contribution[] }) {
  const [all, setAll] = useState(false);
  const setTime = useEntente((s) => s.setTime);
  const sorted = [...contributions].sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || b.day - a.day,
  );
  const shown = all ? sorted : sorted.slice(0, FIRST);
  return (
    <>
      <ol className="evidence" aria-label="Events behind this relation">
        {shown.map(({ event, contribution, day }) => {
          const cameo = describeCameo(event.cameo);
          return (
            <li key={event.id} className="evidence-item">
              <div className="evidence-head">
                <button
                  type="button"
                  className="link-button evidence-date"
                  title="Show the graph at this date"
                  onClick={() => setTime(day)}
                >
                  <time dateTime={event.date}>{event.date}</time>
                </button>
                <span className={`evidence-share ${signClass(contribution)}`} title="Share of the score now">
                  {signed(contribution)}
                </span>
              </div>
              <p className="evidence-summary">{event.summary}</p>
              <p className="evidence-meta">
                <span title={`CAMEO ${event.cameo}, score ${signed(event.score)}`}>
                  {cameo?.name ?? `CAMEO ${event.cameo}`} ({signed(event.score)})
                </span>
                <Citations citations={event.citations} />
              </p>
            </li>
          );
        })}
      </ol>
      {sorted.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show the largest only' : `Show all ${sorted.length} events`}
        </button>
      )}
    </>
  );
}
