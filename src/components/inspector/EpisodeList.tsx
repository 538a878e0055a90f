import type { EpisodeShare } from '../../model';
import { signClass, signed } from './format';

/** Each episode's share of the tone (its events counted once: the strongest plus a diminishing remainder). */
export function EpisodeList({ episodes }: { episodes: EpisodeShare[] }) {
  if (!episodes.length) return null;
  return (
    <ul className="evidence episodes" aria-label="Episodes behind this relation">
      {episodes.map((ep) => (
        <li key={ep.id} className="evidence-item">
          <div className="evidence-head">
            <span className="evidence-date">
              {ep.declared ? `Episode ${ep.label}` : ep.events.length > 1 ? 'Episode (one passage)' : 'Event'}
              {ep.events.length > 1 ? ` · ${ep.events.length} events` : ''}
            </span>
            <span className={`evidence-share ${signClass(ep.share)}`} title="Share of the tone now">
              {signed(ep.share)}
            </span>
          </div>
          <p className="evidence-summary">{ep.events[0].event.summary}</p>
          <p className="evidence-meta">evidence {ep.evidence.toFixed(2)}</p>
        </li>
      ))}
    </ul>
  );
}
