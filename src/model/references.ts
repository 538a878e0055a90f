import { parseDate, yearRangeProblem } from './dates';
import { isKnownCameo } from './cameo';
import { spanWarnings } from './span-check';
import type { Dataset, Issue } from './types';

/**
 * The checks a schema cannot express: duplicate ids, references to actors and sources, real calendar
 * dates and interval order, unknown CAMEO codes (a warning), dates outside the span (warnings). No
 * zod here, so the bundled dataset, whose shape the build checks, can be checked at load this cheaply.
 */
export function checkReferences(ds: Dataset): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const err = (path: string, message: string) => errors.push({ path, message, severity: 'error' });

  const uniqueIds = (items: readonly { id: string }[], name: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) err(`$.${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const actors = uniqueIds(ds.actors, 'actors');
  const sources = uniqueIds(ds.sources, 'sources');
  uniqueIds(ds.ties, 'ties');
  uniqueIds(ds.events, 'events');

  const checkInterval = (path: string, from?: string, to?: string) => {
    const a = from === undefined ? null : parseDate(from);
    const b = to === undefined ? null : parseDate(to);
    if (from !== undefined && !a) err(`${path}.from`, `not a calendar date: "${from}"`);
    if (to !== undefined && !b) err(`${path}.to`, `not a calendar date: "${to}"`);
    const outside = (key: 'from' | 'to', text?: string) => {
      const problem = text === undefined ? null : yearRangeProblem(text);
      if (problem) err(`${path}.${key}`, problem);
    };
    if (a) outside('from', from);
    if (b) outside('to', to);
    if (a && b && a.start > b.end) err(path, `interval ends (${to}) before it starts (${from})`);
  };
  const checkActor = (path: string, ref: string) => {
    if (!actors.has(ref)) err(path, `unknown actor id "${ref}"`);
  };
  // A tie or an event: both ends known, and two different actors.
  const checkEnds = (path: string, link: { source: string; target: string }, what: string) => {
    checkActor(`${path}.source`, link.source);
    checkActor(`${path}.target`, link.target);
    if (link.source === link.target) err(path, `${what} joins two different actors`);
  };
  const checkCitations = (path: string, citations: readonly { source: string }[] | undefined) =>
    citations?.forEach((c, i) => {
      if (!sources.has(c.source)) err(`${path}.citations[${i}].source`, `unknown source id "${c.source}"`);
    });

  if (ds.meta.span) checkInterval('$.meta.span', ds.meta.span.from, ds.meta.span.to);
  if (ds.meta.openAt !== undefined && !parseDate(ds.meta.openAt))
    err('$.meta.openAt', `not a calendar date: "${ds.meta.openAt}"`);
  ds.actors.forEach((a, i) => {
    const p = `$.actors[${i}]`;
    a.labels.forEach((l, j) => checkInterval(`${p}.labels[${j}]`, l.from, l.to));
    if (a.exists) checkInterval(`${p}.exists`, a.exists.from, a.exists.to);
    checkCitations(p, a.citations);
  });
  ds.ties.forEach((t, i) => {
    const p = `$.ties[${i}]`;
    checkEnds(p, t, 'a tie');
    checkInterval(p, t.from, t.to);
    checkCitations(p, t.citations);
  });
  ds.events.forEach((e, i) => {
    const p = `$.events[${i}]`;
    checkEnds(p, e, 'an event');
    if (!parseDate(e.date)) err(`${p}.date`, `not a calendar date: "${e.date}"`);
    else if (yearRangeProblem(e.date)) err(`${p}.date`, yearRangeProblem(e.date)!);
    checkCitations(p, e.citations);
    if (!isKnownCameo(e.cameo))
      warnings.push({
        path: `${p}.cameo`,
        message: `CAMEO code "${e.cameo}" is not in the codebook`,
        severity: 'warning',
      });
  });
  if (ds.chapters) uniqueIds(ds.chapters, 'chapters');
  ds.chapters?.forEach((c, i) => {
    const p = `$.chapters[${i}]`;
    const windowed = c.from !== undefined || c.to !== undefined;
    if (c.at !== undefined && windowed) err(p, 'a chapter has either `at` or `from`/`to`, not both');
    else if (c.at === undefined && (c.from === undefined || c.to === undefined))
      err(p, 'a chapter needs a date (`at`) or a window (`from` and `to`)');
    if (c.at !== undefined && !parseDate(c.at)) err(`${p}.at`, `not a calendar date: "${c.at}"`);
    checkInterval(p, c.from, c.to);
    checkCitations(p, c.citations);
    c.select?.forEach((ref, j) => checkActor(`${p}.select[${j}]`, ref));
    c.claims?.forEach((claim, j) =>
      claim.pair.forEach((ref, k) => checkActor(`${p}.claims[${j}].pair[${k}]`, ref)),
    );
  });
  for (const id of Object.keys(ds.positions ?? {})) checkActor(`$.positions[${JSON.stringify(id)}]`, id);
  if (!errors.length) warnings.push(...spanWarnings(ds));
  return { errors, warnings };
}
