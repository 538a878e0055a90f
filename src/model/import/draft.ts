import { describeCameo, isKnownCameo } from '../cameo';
import type { DatasetInput } from '../schema';
import { parseJsonSafe } from './safe-json';
import { TEXT_LIMITS, WarningTally, clipCell, tallyWarning } from './tally';
import { issue, type ImportIssue } from './types';
import { clip, readBoolean, readCameo, readCount, readDate, readNumber, splitList } from './values';

type ActorInput = DatasetInput['actors'][number];
type EventInput = DatasetInput['events'][number];
type CitationInput = NonNullable<EventInput['citations']>[number];

export const EVENT_FIELDS = [
  'id',
  'date',
  'source',
  'target',
  'cameo',
  'score',
  'summary',
  'rationale',
  'major',
  'citations',
  'episode',
  'count',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventCells = Partial<Record<EventField, string>>;

/** Where a dataset item came from, so a validation path like `$.events[7].date` becomes `events.csv:9, date`. */
export interface Origin {
  file: string;
  line: number;
  /** Dataset field -> the column name in the file. */
  columns: Readonly<Record<string, string>>;
}

/** A dataset being assembled from tables, with the place of every item and the problems found so far. */
export class DatasetDraft {
  readonly sources: DatasetInput['sources'] = [];
  readonly actors: ActorInput[] = [];
  readonly events: EventInput[] = [];
  readonly actorOrigins: Origin[] = [];
  readonly eventOrigins: Origin[] = [];
  readonly issues: ImportIssue[] = [];
  readonly tally = new WarningTally();

  addSource(id: string, title: string): void {
    if (!this.sources.some((s) => s.id === id))
      this.sources.push({ id, title: clip(title, 300), kind: 'import' });
  }

  addActor(actor: ActorInput, origin: Origin): void {
    this.actors.push(actor);
    this.actorOrigins.push(origin);
  }

  toDataset(name: string): DatasetInput {
    return {
      meta: { name: clip(name, 120) || 'Imported data' },
      sources: this.sources,
      actors: this.actors,
      events: this.events,
    };
  }
}

export interface EventRowContext {
  origin: Origin;
  /** Actor ids already resolved by the caller, and labels for a summary built from the row. */
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  /** Id used when the row has none. */
  fallbackId: string;
  /** Source id of the file, cited with the row's line when the row cites nothing. */
  fileSource: string;
  note?: string;
}

/** Reads one event row; on a bad cell it records an error naming the place and returns false. */
export function addEventRow(draft: DatasetDraft, cells: EventCells, ctx: EventRowContext): boolean {
  const { file, line, columns } = ctx.origin;
  const before = draft.issues.length;
  const fail = (field: EventField, message: string, expected: string) =>
    draft.issues.push(issue(file, message, { line, field: columns[field] ?? field, expected }));

  const date = readDate(cells.date ?? '');
  if (!date)
    fail(
      'date',
      `not a date: "${clip(cells.date ?? '', 40)}"`,
      'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD, or an ISO timestamp with a real time (hours 00-23, minutes 00-59)',
    );
  const cameo = readCameo(cells.cameo ?? '');
  if (!cameo)
    fail(
      'cameo',
      `not a CAMEO code: "${clip(cells.cameo ?? '', 40)}"`,
      'a CAMEO code: 2-4 digits, root 01-20',
    );
  let score = readNumber(cells.score ?? '');
  if (score === null)
    fail(
      'score',
      `not a decimal number: "${clip(cells.score ?? '', 40)}"`,
      'a decimal number from -10 to 10, such as -2.5 (no hex, binary or exponents)',
    );
  const major = readBoolean(cells.major ?? '');
  if (major === null)
    fail('major', `not true/false: "${clip(cells.major ?? '', 40)}"`, 'true, false, yes, no, 1 or 0');
  const citations = readCitations(cells.citations ?? '', ctx, (m) =>
    fail('citations', m, 'source or source:line, separated by "|"'),
  );
  const count = readCount(cells.count ?? '');
  if (count === null)
    fail(
      'count',
      `not a whole number of rows: "${clip(cells.count ?? '', 40)}"`,
      'a whole number, 1 or more',
    );
  if (
    draft.issues.length > before ||
    !date ||
    !cameo ||
    score === null ||
    major === null ||
    !citations ||
    count === null
  )
    return false;

  if (!isKnownCameo(cameo)) {
    tallyWarning(draft.tally, `cameo:${cameo}`, file, line, `CAMEO code "${cameo}" is not in the codebook`, {
      field: columns.cameo ?? 'cameo',
      expected: 'a code listed in docs/DATA.md; the root category is used for its meaning',
    });
  }
  if (score === undefined) score = describeCameo(cameo)?.goldstein ?? 0;
  if (score < -10 || score > 10) {
    const clamped = Math.max(-10, Math.min(10, score));
    tallyWarning(draft.tally, 'score-range', file, line, `score ${score} was clamped to ${clamped}`, {
      field: columns.score ?? 'score',
      expected: 'a score from -10 to 10',
    });
    score = clamped;
  }
  const cut = (field: EventField, text: string, max: number) =>
    clipCell(draft.tally, text, max, { file, line, column: columns[field] ?? field });
  const summary =
    cut('summary', cells.summary ?? '', TEXT_LIMITS.summary) ||
    clip(`${ctx.sourceLabel} → ${ctx.targetLabel}: ${describeCameo(cameo)?.name ?? `CAMEO ${cameo}`}`, 600);
  const event: EventInput = {
    id: cells.id?.trim() || ctx.fallbackId,
    date,
    source: ctx.source,
    target: ctx.target,
    cameo,
    score,
    summary,
    citations,
  };
  if (cells.rationale) event.rationale = cut('rationale', cells.rationale, TEXT_LIMITS.rationale);
  if (major !== undefined) event.major = major;
  const episode = cells.episode?.trim();
  if (episode) event.episode = episode;
  // An aggregated row (e.g. a monthly mean) says how many source rows it stands for; 1 is the default.
  if (count !== undefined && count !== 1) event.count = count;
  draft.events.push(event);
  draft.eventOrigins.push(ctx.origin);
  return true;
}

/** "" -> the row itself; "src|src:12" -> citations; a JSON array (as the CSV export writes notes) as is. */
export function readCitations(
  cell: string,
  ctx: { origin: Origin; fileSource: string; note?: string },
  fail: (message: string) => void,
): CitationInput[] | null {
  const s = cell.trim();
  if (s === '') {
    const own: CitationInput = { source: ctx.fileSource, line: ctx.origin.line };
    if (ctx.note) own.note = clip(ctx.note, 500);
    return [own];
  }
  if (s.startsWith('[')) {
    const parsed = parseJsonSafe(s, ctx.origin.file);
    if (!parsed.ok || !Array.isArray(parsed.value)) {
      fail('citations cell is not a JSON array of citations');
      return null;
    }
    return parsed.value as CitationInput[];
  }
  const out: CitationInput[] = [];
  for (const part of splitList(s)) {
    const m = /^([^:]+?)(?::(\d{1,9}))?$/.exec(part);
    if (!m) {
      fail(`cannot read citation "${clip(part, 40)}"`);
      return null;
    }
    out.push(m[2] === undefined ? { source: m[1] } : { source: m[1], line: Number(m[2]) });
  }
  return out;
}
