import { useEntente } from '../../store';
import { CommunityInspector } from './CommunityInspector';
import { NodeInspector } from './NodeInspector';
import { RelationInspector } from './RelationInspector';
import { TieInspector } from './TieInspector';

/** The side panel's inspector: whatever is selected on the graph, or a hint to select something. */
export function Inspector() {
  const selection = useEntente((s) => s.selection);
  const community = useEntente((s) => (s.grouped ? s.inspectedCommunity : null));
  if (!selection && community !== null) return <CommunityInspector id={community} />;
  if (!selection) {
    return (
      <div className="empty-state">
        <p className="empty-title">Nothing selected</p>
        <p>
          Click a country, leader or organization on the graph to see its ties and its closest friends and
          rivals, or click a line between two actors to see the events behind their relation.
        </p>
        <p className="muted small">You can also search for an actor by name above.</p>
      </div>
    );
  }
  if (selection.type === 'node') return <NodeInspector id={selection.id} />;
  if (selection.id.startsWith('tie:')) return <TieInspector tieId={selection.id.slice(4)} />;
  const [a, b] = selection.id.replace(/^rel:/, '').split('~');
  if (!a || !b) return <p className="muted">Unknown selection.</p>;
  return <RelationInspector a={a} b={b} />;
}
