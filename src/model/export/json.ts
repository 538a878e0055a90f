import type { Snapshot } from '../types';

/** The snapshot exactly as `npm run snapshot -- --format json` prints it (the CLI's JSON contract). */
export function snapshotToJson(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
