import { validateDataset } from '../validate';
import { ActorRegistry } from './actors-registry';
import { readCsvPair } from './csv-pair';
import { detectFormat } from './detect';
import { recogniseNonDataset } from './foreign';
import { DatasetDraft } from './draft';
import { readGdeltTable, readHeaderEventTable } from './event-table';
import { capIssues, fromDraftIssue, fromJsonIssue, groupWarnings } from './issues';
import { checkSize, MAX_IMPORT_BYTES, utf8Size } from './limits';
import { countProblem, jsonCounts, pairCount } from './row-limits';
import { unpackedName } from './packed';
import { jsonLineFinder, parseJsonSafe } from './safe-json';
import {
  issue,
  type ImportFile,
  type ImportOptions,
  type ImportFormat,
  type ImportIssue,
  type ImportResult,
  type ProgressFn,
} from './types';

/** Line numbers for JSON issues need a second parse; past this size the JSON path alone is given. */
const JSON_LINES_UP_TO = 20 * 1024 * 1024;
const WARNING_LINES_UP_TO = 2 * 1024 * 1024;

/**
 * Imports user files as one dataset. Accepts one Entente JSON file, or actors.csv + events.csv, or one
 * or more event tables (ICEWS, GDELT, generic CSV/TSV). Never throws: every problem comes back as an
 * issue naming its file, place, field and what was expected. Warnings do not stop the import.
 */
export function importFiles(
  files: readonly ImportFile[],
  onProgress?: ProgressFn,
  options: ImportOptions = {},
): ImportResult {
  try {
    const result = importChecked(files.map(namedFile), onProgress, options.maxBytes ?? MAX_IMPORT_BYTES);
    const notices = files.flatMap((f) => f.notices ?? []);
    return result.ok && notices.length ? { ...result, warnings: [...notices, ...result.warnings] } : result;
  } catch (err) {
    // A bug, not bad input: still an answer, never an exception in the caller's hands.
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      issues: [issue(files[0]?.name ?? 'input', `internal error while importing: ${message}`)],
    };
  }
}

/** Every issue names its file, so a file must have a printable name. */
function namedFile(file: ImportFile): ImportFile {
  const name = String(file.name ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 200);
  // A UTF-8 byte-order mark read as text (Node's 'utf8' keeps it) is not part of the data.
  const text = String(file.text ?? '');
  // slice, not a regex replace: no copy of a 200 MB text for a one-character check.
  const named = { name: name || 'unnamed file', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  return typeof file.packedBytes === 'number' ? { ...named, packedBytes: file.packedBytes } : named;
}

function importChecked(
  files: readonly ImportFile[],
  onProgress: ProgressFn | undefined,
  maxBytes: number,
): ImportResult {
  if (!files.length) return fail([issue('input', 'no file was given', { expected: 'at least one file' })]);
  const problems: ImportIssue[] = [];
  for (const f of files) {
    onProgress?.({ phase: 'checking', file: f.name, fraction: 0 });
    const tooBig = checkSize(f.name, f.packedBytes ?? utf8Size(f.text, maxBytes), maxBytes);
    if (tooBig) problems.push(tooBig);
    else if (!/\S/.test(f.text))
      problems.push(
        issue(f.name, 'the file is empty', { expected: 'a dataset or a table with a header row' }),
      );
  }
  if (problems.length) return fail(problems);
  const foreign = files.map(recogniseNonDataset).filter((i): i is ImportIssue => i !== null);
  if (foreign.length) return fail(foreign);

  const formats = files.map(detectFormat);
  const unknown = files.filter((_, i) => formats[i] === 'unknown');
  if (unknown.length)
    return fail(
      unknown.map((f) =>
        issue(f.name, 'unrecognised file format', {
          expected:
            'Entente JSON, actors.csv + events.csv, an ICEWS or GDELT event file, or a CSV with date, source, target, cameo columns',
        }),
      ),
    );
  if (formats.includes('entente-json')) {
    if (files.length > 1)
      return fail([
        issue(files[0].name, 'a JSON dataset must be imported on its own', { expected: 'one file' }),
      ]);
    return importJson(files[0], onProgress);
  }
  return importTables(files, formats, onProgress);
}

function fail(issues: ImportIssue[]): ImportResult {
  return { ok: false, issues: capIssues(issues) };
}

function importJson(file: ImportFile, onProgress?: ProgressFn): ImportResult {
  onProgress?.({ phase: 'parsing', file: file.name, fraction: 0 });
  const parsed = parseJsonSafe(file.text, file.name);
  if (!parsed.ok) return fail(parsed.issues);
  const tooMany = countProblem(jsonCounts(parsed.value), file.name);
  if (tooMany) return fail([tooMany]);
  onProgress?.({ phase: 'validating', file: file.name, fraction: 0 });
  const result = validateDataset(parsed.value);
  const lineOf = file.text.length <= JSON_LINES_UP_TO ? jsonLineFinder(file.text) : undefined;
  onProgress?.({ phase: 'validating', file: file.name, fraction: 1 });
  if (!result.ok) return fail(result.issues.slice(0, 1000).map((i) => fromJsonIssue(file.name, i, lineOf)));
  const warnings = groupWarnings(result.warnings.map((i) => fromJsonIssue(file.name, i)));
  return {
    ok: true,
    dataset: result.dataset,
    // Warnings get lines only for modest files: finding them parses the text a second time.
    warnings: capIssues(
      [...parsed.warnings, ...warnings].map((w) =>
        withLine(w, file.text.length <= WARNING_LINES_UP_TO ? lineOf : undefined),
      ),
    ),
    formats: ['entente-json'],
  };
}

function withLine(w: ImportIssue, lineOf?: (path: string) => number | undefined): ImportIssue {
  const line = lineOf?.(w.path);
  return line ? { ...w, line } : w;
}

function importTables(
  files: readonly ImportFile[],
  formats: ImportFormat[],
  onProgress?: ProgressFn,
): ImportResult {
  const draft = new DatasetDraft();
  const progress = (file: string) => (fraction: number) => onProgress?.({ phase: 'parsing', file, fraction });
  const actorFiles = files.filter((_, i) => formats[i] === 'actors-csv');
  if (actorFiles.length > 1)
    return fail([issue(actorFiles[1].name, 'more than one actors file', { expected: 'one actors.csv' })]);
  if (actorFiles.length === 1) {
    const others = files.filter((f) => f !== actorFiles[0]);
    const wrong = others.filter((f) => formats[files.indexOf(f)] !== 'events-csv');
    if (!others.length)
      return fail([
        issue(actorFiles[0].name, 'an actors file needs an events file beside it', {
          expected: 'actors.csv + events.csv',
        }),
      ]);
    if (wrong.length)
      return fail([
        issue(wrong[0].name, 'an actors file can only be combined with events.csv files', {
          expected: 'a CSV with id, date, source, target, cameo ... columns',
        }),
      ]);
    readCsvPair(draft, actorFiles[0], others, (file, fraction) => progress(file)(fraction));
  } else {
    const registry = new ActorRegistry(draft);
    files.forEach((f, i) => {
      if (formats[i] === 'gdelt') readGdeltTable(draft, f, registry, progress(f.name));
      else
        readHeaderEventTable(
          draft,
          f,
          { kind: 'names', registry, icews: formats[i] === 'icews' },
          progress(f.name),
        );
    });
  }
  if (draft.issues.length) return fail(draft.issues);
  const tooMany = countProblem(
    { actors: draft.actors.length, events: draft.events.length, pairs: pairCount(draft.events) },
    files[0].name,
  );
  if (tooMany) return fail([tooMany]);
  // An empty pair is what exporting an empty dataset writes: it imports back as one.
  if (!draft.events.length && actorFiles.length !== 1)
    return fail([
      issue(files[0].name, 'no events could be read', {
        expected: 'at least one row with two different actors',
      }),
    ]);

  onProgress?.({ phase: 'validating', file: files[0].name, fraction: 0 });
  const name =
    files.length === 1
      ? unpackedName(files[0].name).replace(/\.[^.]+$/, '')
      : files.map((f) => f.name).join(' + ');
  const result = validateDataset(draft.toDataset(name));
  const origins = { actors: draft.actorOrigins, events: draft.eventOrigins };
  onProgress?.({ phase: 'validating', file: files[0].name, fraction: 1 });
  if (!result.ok)
    return fail(result.issues.slice(0, 1000).map((i) => fromDraftIssue(i, origins, files[0].name)));
  // Unknown CAMEO codes were already counted per code while reading rows.
  const rest = result.warnings.filter((w) => !/not in the codebook/.test(w.message));
  return {
    ok: true,
    dataset: result.dataset,
    warnings: capIssues([
      ...draft.tally.list(),
      ...groupWarnings(rest.map((w) => fromDraftIssue(w, origins, files[0].name))),
    ]),
    formats: [...new Set(formats)],
  };
}
