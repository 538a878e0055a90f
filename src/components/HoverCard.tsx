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
  let text: string | null = null;
  const edge = snapshot.edges.find((e) => e.id === hover.id);
  if (edge?.kind === 'relation') {
    text = `${name(edge.source)} – ${name(edge.target)}: ${signWord(edge.sign)} ${signed(edge.score)}`;
  } else if (edge) {
    const what = edge.label ?? `${edge.kind}${edge.role && edge.role !== 'full' ? ` (${edge.role})` : ''}`;
    text = `${name(edge.source)} → ${name(edge.target)}: ${what}`;
  } else {
    const node = snapshot.nodes.find((n) => n.id === hover.id);
    if (node) text = `${node.label} (${node.kind})`;
  }
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
