import type { FrustrationResult, RelationChange, SnapshotDiff } from '../model/analytics';

export interface DateSummary {
  date: string;
  actors: number;
  signedTies: number;
  triangles: number;
  balance: number;
  weightedBalance: number;
  frustration: number;
  optimal: boolean;
  camps: { A: string[]; B: string[] };
  frustrated: string[];
}

export function summarise(
  date: string,
  triangles: number,
  balance: number,
  weighted: number,
  f: FrustrationResult,
): DateSummary {
  const camps: DateSummary['camps'] = { A: [], B: [] };
  for (const [id, camp] of Object.entries(f.camps)) camps[camp].push(id);
  return {
    date,
    actors: Object.keys(f.camps).length,
    signedTies: f.edges,
    triangles,
    balance,
    weightedBalance: weighted,
    frustration: f.value,
    optimal: f.optimal,
    camps,
    frustrated: f.frustrated.map((t) => `${t.source}~${t.target}`),
  };
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
const score = (s: RelationChange['before']) => (s ? signed(s.score) : 'none');

function summaryLine(s: DateSummary): string {
  const f = `${s.frustration.toFixed(3)}${s.optimal ? '' : ' (bound)'}`;
  return (
    `${s.date}: ${s.actors} actors, ${s.signedTies} signed ties, balance ${(s.balance * 100).toFixed(0)}% of ` +
    `${s.triangles} triangles (weighted ${(s.weightedBalance * 100).toFixed(0)}%), frustration ${f}`
  );
}

/** Human-readable report: one line per change, biggest first, with the events that explain it. */
export function formatText(diff: SnapshotDiff, from: DateSummary, to: DateSummary): string {
  const lines: string[] = [summaryLine(from), summaryLine(to), ''];
  const counts = Object.entries(diff.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  lines.push(
    `${diff.changes.length} relation changes from ${diff.from} to ${diff.to}${counts ? ` (${counts})` : ''}`,
  );
  for (const c of diff.changes) {
    lines.push(
      `  ${c.kind.padEnd(12)} ${`${c.sourceLabel} - ${c.targetLabel}`.padEnd(40)} ` +
        `${score(c.before)} -> ${score(c.after)} (change ${signed(c.change)})`,
    );
    if (c.events.length === 0 && c.standing.length === 0)
      lines.push('      no events in between: decay alone');
    for (const t of c.standing) lines.push(`      ${t.type}${t.label ? ` "${t.label}"` : ''} ${t.change}`);
    for (const e of c.events)
      lines.push(`      ${e.date.padEnd(10)} ${signed(e.score).padStart(6)} ${e.summary}`);
  }
  if (diff.ties.length) {
    lines.push('', `${diff.ties.length} tie changes`);
    for (const t of diff.ties)
      lines.push(`  ${t.kind.padEnd(12)} ${t.type} ${t.sourceLabel} - ${t.targetLabel}`);
  }
  return `${lines.join('\n')}\n`;
}
