import { useEntente } from '../../store';

/** An actor's name that selects it (and centres the graph on it). */
export function ActorLink({ id, label }: { id: string; label: string }) {
  const focusActor = useEntente((s) => s.focusActor);
  return (
    <button type="button" className="link-button" onClick={() => focusActor(id)}>
      {label}
    </button>
  );
}
