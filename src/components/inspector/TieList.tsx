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

function describe(t: ProfileTie): string {
  const { tie } = t;
  switch (tie.type) {
    case 'membership':
      return t.outgoing
        ? `Member of ${t.otherLabel}${tie.role && tie.role !== 'full' ? ` (${tie.role.replace(/-/g, ' ')})` : ''}`
        : `Member: ${t.otherLabel}`;
    case 'leadership':
      return t.outgoing ? `Leads ${t.otherLabel}` : `Led by ${t.otherLabel}`;
    case 'war':
      return `${tie.label ?? 'War'} with ${t.otherLabel}`;
    case 'patronage':
      return t.outgoing
        ? `${tie.label ?? 'Patron'} of ${t.otherLabel}`
        : `${tie.label ?? 'Client'} of ${t.otherLabel}`;
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
              {describe(t)}
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
