import type { ProfileTie } from '../../model/actor-profile';
import { formatSpan } from '../../model/citations';
import { useEntente } from '../../store';

const TIE_NOUN: Record<string, string> = {
  alliance: 'Alliance',
  treaty: 'Treaty',
  alignment: 'Alignment',
  rivalry: 'Rivalry',
  estrangement: 'Estrangement',
  'proxy-contest': 'Proxy contest',
};

/** A label that already names the other party ("Pakistani backing of the Taliban") is shown alone. */
const naming = (label: string, other: string) =>
  label.toLowerCase().includes(other.toLowerCase()) ? label : `${label} (${other})`;

/**
 * One tie in words, from the profiled actor's side. A leadership tie with a role reads
 * "Foreign Minister: Zulfikar Ali Bhutto" on the country and "Pakistan: Foreign Minister" on the person
 * (a minister is not who a country is "led by").
 */
export function describeTie(t: ProfileTie): string {
  const { tie } = t;
  switch (tie.type) {
    case 'membership':
      return t.outgoing
        ? `Member of ${t.otherLabel}${tie.role && tie.role !== 'full' ? ` (${tie.role.replace(/-/g, ' ')})` : ''}`
        : `Member: ${t.otherLabel}`;
    case 'leadership':
      if (tie.label) return t.outgoing ? `${t.otherLabel}: ${tie.label}` : `${tie.label}: ${t.otherLabel}`;
      return t.outgoing ? `Leads ${t.otherLabel}` : `Led by ${t.otherLabel}`;
    case 'war':
      return `${tie.label ?? 'War'} with ${t.otherLabel}`;
    case 'patronage':
      if (tie.label) return naming(tie.label, t.otherLabel);
      return t.outgoing ? `Patron of ${t.otherLabel}` : `Client of ${t.otherLabel}`;
    default:
      return `${tie.label ?? TIE_NOUN[tie.type]} with ${t.otherLabel}`;
  }
}

/** Memberships, leaders, treaties and wars of one actor; the ones in force now come first. */
export function TieList({ ties }: { ties: ProfileTie[] }) {
  const select = useEntente((s) => s.select);
  if (!ties.length) return null;
  const ordered = [...ties].sort((a, b) => Number(b.activeNow) - Number(a.activeNow));
  return (
    <section aria-label="Ties">
      <h3>
        Ties <span className="count">{ties.length}</span>
      </h3>
      <ul className="tie-list">
        {ordered.map((t) => (
          <li key={t.tie.id} className={t.activeNow ? 'active' : 'inactive'}>
            <button
              type="button"
              className="link-button"
              onClick={() => select({ type: 'edge', id: `tie:${t.tie.id}` })}
            >
              {describeTie(t)}
            </button>
            <span className="muted small">
              {formatSpan(t.span)}
              {t.activeNow ? ' · now' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
