import type { Snapshot } from '../types';
import type { Positions } from './positions';

/**
 * The snapshot exactly as `npm run snapshot -- --format json` prints it (the CLI's JSON contract,
 * data/snapshot.schema.json); with positions, each node also gets its drawing position x/y.
 */
export function snapshotToJson(snapshot: Snapshot, positions?: Positions): string {
  const nodes = snapshot.nodes.map((n) => {
    const p = positions?.get(n.id);
    return p ? { ...n, x: p.x, y: p.y } : n;
  });
  return `${JSON.stringify({ ...snapshot, nodes }, null, 2)}\n`;
}
