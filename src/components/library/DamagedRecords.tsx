import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../../store';

const selectDamaged = (s: EntenteState) => ({ records: s.quarantined, remove: s.deleteDamaged });

/**
 * Saved records that failed their checks on read, listed beside the dataset switcher so each can be
 * deleted; nothing else in the app reads them. Names are shown as text (React escapes them).
 */
export function DamagedRecords() {
  const { records, remove } = useEntente(useShallow(selectDamaged));
  if (!records.length) return null;
  return (
    <details className="damaged-records">
      <summary title="Saved data that failed its checks: open to delete it">
        Damaged ({records.length})
      </summary>
      <ul aria-label="Damaged saved data">
        {records.map((r) => (
          <li key={`${r.store}:${String(r.key)}`}>
            <span>
              “{r.label}”: <span className="muted">{r.reason}</span>
            </span>
            <button
              type="button"
              className="danger"
              aria-label={`Delete damaged “${r.label}”`}
              onClick={() => void remove(r)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
