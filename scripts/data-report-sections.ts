/**
 * Sections of `npm run data:report` that read the ties, episodes and the relation model: lasting states
 * by type, leaders per state, episodes, and the pairs whose shown sign flips (through snapshotAt, the
 * model's public API, so the report shows what the app shows).
 */
import {
  type Dataset,
  type Sign,
  DEFAULT_ENGINE_OPTIONS,
  TIE_TYPES,
  addMonths,
  formatMonth,
  indexDataset,
  pairKey,
  parseDate,
  snapshotAt,
} from '../src/model';

const signText = (s: Sign) => (s > 0 ? 'friendly (+)' : s < 0 ? 'hostile (−)' : 'neutral');

export function lastingStates(ds: Dataset): string[] {
  const label = new Map(ds.actors.map((a) => [a.id, a.labels.at(-1)!.label]));
  const rows = TIE_TYPES.filter((t) => t !== 'membership' && t !== 'leadership').flatMap((type) =>
    ds.ties
      .filter((t) => t.type === type)
      .map(
        (t) =>
          `| ${type} | ${label.get(t.source)} – ${label.get(t.target)} | ${t.from ?? '…'} – ${t.to ?? '…'} | ${t.label ?? ''} |`,
      ),
  );
  return [
    '### Lasting states (ties other than membership and leadership)',
    '',
    '| type | pair | in force | label |',
    '|---|---|---|---|',
    ...rows,
  ];
}

export function leadersByState(ds: Dataset): string[] {
  const byState = new Map<string, Set<string>>();
  for (const t of ds.ties.filter((t) => t.type === 'leadership'))
    byState.set(t.target, (byState.get(t.target) ?? new Set()).add(t.source));
  const label = new Map(ds.actors.map((a) => [a.id, a.labels.at(-1)!.label]));
  const rows = [...byState].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  return [
    '### Leaders per state or group (leadership ties)',
    '',
    `${ds.actors.filter((a) => a.kind === 'leader').length} leader actors, ${ds.ties.filter((t) => t.type === 'leadership').length} leadership ties.`,
    '',
    '| led | leaders |',
    '|---|---:|',
    ...rows.map(([id, set]) => `| ${label.get(id) ?? id} | ${set.size} |`),
  ];
}

export function episodes(ds: Dataset): string[] {
  const byEpisode = new Map<string, string[]>();
  for (const e of ds.events)
    if (e.episode) byEpisode.set(e.episode, [...(byEpisode.get(e.episode) ?? []), e.id]);
  return [
    '### Episodes',
    '',
    `${byEpisode.size} episodes group ${[...byEpisode.values()].flat().length} events (a summit, a visit or one reaction told as several events counts once).`,
    '',
    ...[...byEpisode].map(([ep, ids]) => `- \`${ep}\` (${ids.length})`),
  ];
}

/** Month by month over the span: a flip is a change between friendly and hostile (neutral spells are skipped). */
export function signFlips(ds: Dataset): string[] {
  const index = indexDataset(ds);
  const end = parseDate(ds.meta.span?.to ?? '2012-12-31')!.end;
  const start = parseDate(ds.meta.span?.from ?? '1947-01-01')!.start;
  const label = (id: string) => index.actors.get(id)?.labels.at(-1)?.label ?? id;
  const events = new Map<string, { day: number; id: string }[]>();
  for (const e of ds.events) {
    const key = pairKey(e.source, e.target);
    events.set(key, [...(events.get(key) ?? []), { day: parseDate(e.date)!.start, id: e.id }]);
  }
  const last = new Map<string, Sign>();
  const flips = new Map<string, string[]>();
  for (let t = start; t <= end; t = addMonths(t, 1)) {
    for (const e of snapshotAt(index, t).edges) {
      if (e.kind !== 'relation' || e.sign === 0) continue;
      const key = pairKey(e.source, e.target);
      const before = last.get(key);
      if (before !== undefined && before !== e.sign) {
        const after =
          (events.get(key) ?? []).filter((x) => x.day <= t).at(-1)?.id ?? '(no event: a lasting state)';
        flips.set(key, [
          ...(flips.get(key) ?? []),
          `${formatMonth(t)}: ${signText(before)} → ${signText(e.sign)} after \`${after}\``,
        ]);
      }
      last.set(key, e.sign);
    }
  }
  const rows = [...flips]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, list]) => `| ${key.split('~').map(label).join(' – ')} | ${list.join('<br>')} |`);
  const o = DEFAULT_ENGINE_OPTIONS;
  return [
    '### Pairs whose sign flips',
    '',
    `Checked on the first of every month with the shipped engine (half-life ${o.halfLifeYears} years, neutral band ±${o.neutralBand});`,
    'a flip is a change between friendly and hostile, with the last event of the pair dated by then.',
    '',
    '| pair | flips |',
    '|---|---|',
    ...rows,
  ];
}
