import type { Citation } from '../../model';
import { citationText } from '../../model/citations';
import { useEntente } from '../../store';

/** A source list like "Katz 2005, line 12; Shah, line 40" with full titles on hover. */
export function Citations({ citations }: { citations: readonly Citation[] }) {
  const dataset = useEntente((s) => s.dataset);
  if (!citations.length) return null;
  return (
    <span className="citations">
      {citations.map((c, i) => {
        const text = citationText(dataset, c);
        return (
          <cite key={`${c.source}:${c.line ?? ''}:${i}`} title={text.full}>
            {text.url ? (
              <a href={text.url} target="_blank" rel="noopener noreferrer">
                {text.short}
              </a>
            ) : (
              text.short
            )}
          </cite>
        );
      })}
    </span>
  );
}
