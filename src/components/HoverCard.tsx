import { labelAt } from '../model';
import { selectVisibleSnapshot, useEntente } from '../store';
import { signed, signWord } from './inspector/format';

export interface Hover {
  id: string;
  /** Pointer position in the graph pane, in pixels. */
  x: number;
  y: number;
  /** Near the right edge: show the card to the left of the pointer. */
  flip?: boolean;
  /** The card's line when the caller already knows it (a folded community or a meta-edge). */
  text?: string;
}

/** A one-line summary of what is under the pointer, so the graph can be read before clicking. */
export function HoverCard({ hover }: { hover: Hover }) {
  const snapshot = useEntente(selectVisibleSnapshot);
  const index = useEntente((s) => s.index);
  const time = useEntente((s) => s.time);
  const name = (id: string) => {
    const entry = index.actors.get(id);
    return entry ? labelAt(entry, time) : id;
  };
  const describe = (): string | null => {
    const edge = snapshot.edges.find((e) => e.id === hover.id);
    if (edge?.kind === 'relation')
      return `${name(edge.source)} – ${name(edge.target)}: ${signWord(edge.sign)} ${signed(edge.score)}`;
    if (edge) {
      const what = edge.label ?? `${edge.kind}${edge.role && edge.role !== 'full' ? ` (${edge.role})` : ''}`;
      return `${name(edge.source)} → ${name(edge.target)}: ${what}`;
    }
    const node = snapshot.nodes.find((n) => n.id === hover.id);
    return node ? `${node.label} (${node.kind})` : null;
  };
  const text = hover.text ?? describe();
  if (!text) return null;
  return (
    <div
      className="hover-card"
      style={{
        left: hover.x + (hover.flip ? -14 : 14),
        top: hover.y + 14,
        transform: hover.flip ? 'translateX(-100%)' : undefined,
      }}
      aria-hidden="true"
    >
      {text}
      <span className="hover-hint">click for details</span>
    </div>
  );
}
