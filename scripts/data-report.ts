/**
 * `npm run data:report` — a reader's summary of data/entente.json: events per actor, decade and CAMEO
 * root; events resting on a single document; and the actor pairs whose relation changes sign, with
 * the month and the event that tipped it. `--update-docs` also rewrites the report section of docs/DATA.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './build-dataset';
import { readDatasetFile } from '../src/cli/dataset-file';
import { type Dataset, CAMEO_ROOTS, cameoRoot, describeCameo } from '../src/model';
import { episodes, lastingStates, leadersByState, signFlips } from './data-report-sections';
import { coverageSection, readMainPairs } from './pair-coverage';

const GENERAL = 'general-reference';
const BEGIN = '<!-- data-report:begin -->';
const END = '<!-- data-report:end -->';

const count = <K>(keys: K[]): Map<K, number> => {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

function perActor(ds: Dataset): string[] {
  const counts = count(ds.events.flatMap((e) => [e.source, e.target]));
  const label = new Map(ds.actors.map((a) => [a.id, a.labels[a.labels.length - 1].label]));
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const silent = ds.actors.filter((a) => !counts.has(a.id) && a.kind !== 'leader').map((a) => a.id);
  const silentLeaders = ds.actors.filter((a) => !counts.has(a.id) && a.kind === 'leader').length;
  return [
    '### Events per actor (as source or target)',
    '',
    '| actor | events |',
    '|---|---:|',
    ...rows.map(([id, n]) => `| ${label.get(id) ?? id} (\`${id}\`) | ${n} |`),
    '',
    `Actors other than leaders in no event (present through ties only): ${silent.length ? silent.map((s) => `\`${s}\``).join(', ') : 'none'}. ` +
      `${silentLeaders} leaders appear only through their leadership ties.`,
  ];
}

function perDecade(ds: Dataset): string[] {
  const counts = count(ds.events.map((e) => `${e.date.slice(0, 3)}0s`));
  return [
    '### Events per decade',
    '',
    '| decade | events |',
    '|---|---:|',
    ...[...counts].sort().map(([d, n]) => `| ${d} | ${n} |`),
  ];
}

function perCategory(ds: Dataset): string[] {
  const byRoot = new Map<string, number[]>();
  for (const e of ds.events)
    byRoot.set(cameoRoot(e.cameo), [...(byRoot.get(cameoRoot(e.cameo)) ?? []), e.score]);
  const rows = CAMEO_ROOTS.filter((r) => byRoot.has(r.code)).map((r) => {
    const scores = byRoot.get(r.code)!;
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return `| ${r.code} | ${r.name} | ${scores.length} | ${mean.toFixed(1)} |`;
  });
  return [
    '### Events per CAMEO root',
    '',
    '| root | category | events | mean score |',
    '|---|---|---:|---:|',
    ...rows,
  ];
}

function deviations(ds: Dataset): string[] {
  const rows = ds.events
    .filter((e) => e.score !== describeCameo(e.cameo)?.goldstein)
    .map(
      (e) =>
        `| \`${e.id}\` | ${e.cameo} | ${describeCameo(e.cameo)?.goldstein ?? '?'} | ${e.score} | ${e.rationale ?? ''} |`,
    );
  return [
    '### Scores that depart from the CAMEO default',
    '',
    `${rows.length} events; each carries its reason.`,
    '',
    '| event | code | default | score | rationale |',
    '|---|---|---:|---:|---|',
    ...rows,
  ];
}

function singleSourced(ds: Dataset): string[] {
  const lonely = ds.events.filter(
    (e) => new Set(e.citations.filter((c) => c.source !== GENERAL).map((c) => c.source)).size < 2,
  );
  const byDecade = new Map<string, string[]>();
  for (const e of lonely) {
    const d = `${e.date.slice(0, 3)}0s`;
    byDecade.set(d, [...(byDecade.get(d) ?? []), e.id]);
  }
  return [
    '### Events without a second source',
    '',
    `${lonely.length} of ${ds.events.length} events rest on a single seed document (general reference not counted):`,
    '',
    ...[...byDecade]
      .sort()
      .map(([d, ids]) => `- ${d} (${ids.length}): ${ids.map((i) => `\`${i}\``).join(', ')}`),
  ];
}

export function buildReport(ds: Dataset): string {
  const head = `${ds.actors.length} actors, ${ds.ties.length} ties, ${ds.events.length} events (${ds.events.filter((e) => e.major).length} major), ${ds.events[0]?.date ?? '-'} to ${ds.events.at(-1)?.date ?? '-'}.`;
  return [
    head,
    '',
    ...coverageSection(ds, readMainPairs(REPO_ROOT)),
    '',
    ...perActor(ds),
    '',
    ...perDecade(ds),
    '',
    ...perCategory(ds),
    '',
    ...lastingStates(ds),
    '',
    ...leadersByState(ds),
    '',
    ...episodes(ds),
    '',
    ...deviations(ds),
    '',
    ...singleSourced(ds),
    '',
    ...signFlips(ds),
    '',
  ].join('\n');
}

function updateDocs(report: string): void {
  const path = join(REPO_ROOT, 'docs', 'DATA.md');
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/DATA.md has no ${BEGIN} ... ${END} section`);
  writeFileSync(path, `${text.slice(0, a + BEGIN.length)}\n\n${report}\n${text.slice(b)}`);
}

const report = buildReport(readDatasetFile());
process.stdout.write(report);
if (process.argv.includes('--update-docs')) updateDocs(report);
