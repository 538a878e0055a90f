/**
 * Merges the hand-written part files in data/parts/ into the bundled data/entente.json.
 * The parts are the source of truth (two people edit them in parallel); the built file is never
 * edited by hand, and a test checks that it equals this merge.
 *
 * base.json carries meta, sources, actors and early ties; every other part may add actors, ties and events,
 * and chapters for story mode (kept in part order, base.json first, then file name order).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseDate, validateDataset } from '../src/model';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PARTS_DIR = join(REPO_ROOT, 'data', 'parts');
export const OUTPUT_FILE = join(REPO_ROOT, 'data', 'entente.json');
/** Precomputed drawing positions (`npm run data:positions`), so the bundled graph needs no layout. */
export const POSITIONS_FILE = join(REPO_ROOT, 'data', 'positions.json');
const BASE_PART = 'base.json';

interface WithId {
  id: string;
}
interface Part {
  file: string;
  meta?: unknown;
  sources?: WithId[];
  actors?: WithId[];
  ties?: WithId[];
  events?: (WithId & { date: string })[];
  chapters?: WithId[];
}

/** Reads every *.json in the parts folder, base.json first, the rest in name order. */
export function readParts(dir = PARTS_DIR): Part[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a === BASE_PART ? -1 : b === BASE_PART ? 1 : a.localeCompare(b)));
  if (!files.includes(BASE_PART))
    throw new Error(`${dir} has no ${BASE_PART} (meta, sources and actors live there)`);
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    try {
      return { ...(JSON.parse(text) as Omit<Part, 'file'>), file };
    } catch (err) {
      throw new Error(
        `data/parts/${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
  });
}

function eventOrder(a: { date: string; id: string }, b: { date: string; id: string }): number {
  const da = parseDate(a.date)?.start ?? Number.MAX_SAFE_INTEGER;
  const db = parseDate(b.date)?.start ?? Number.MAX_SAFE_INTEGER;
  return da - db || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/** data/positions.json, or nothing when it is absent. */
export function readPositions(file = POSITIONS_FILE): Record<string, [number, number]> {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, [number, number]>;
}

/**
 * Concatenates the parts; throws one message listing every id defined twice and where. Positions of
 * actors the parts no longer have are dropped, and actors without one are laid out by the app.
 */
export function mergeParts(
  parts: readonly Part[],
  positions: Record<string, [number, number]> = readPositions(),
): Record<string, unknown> {
  const base = parts.find((p) => p.file === BASE_PART);
  if (!base) throw new Error(`no ${BASE_PART} among the parts`);
  const duplicates: string[] = [];
  const collect = <T extends WithId>(key: 'sources' | 'actors' | 'ties' | 'events' | 'chapters'): T[] => {
    const seen = new Map<string, string>();
    const all: T[] = [];
    for (const part of parts) {
      for (const item of (part[key] ?? []) as T[]) {
        const first = seen.get(item.id);
        if (first) duplicates.push(`${key} id "${item.id}" is in ${first} and ${part.file}`);
        else seen.set(item.id, part.file);
        all.push(item);
      }
    }
    return all;
  };
  const sources = collect('sources');
  const actors = collect('actors');
  const ties = collect('ties');
  const events = collect<WithId & { date: string }>('events').sort(eventOrder);
  // Chapters are a story: their order is the reading order, so they are never sorted.
  const chapters = collect('chapters');
  if (duplicates.length) throw new Error(`duplicate ids in data/parts:\n  ${duplicates.join('\n  ')}`);
  const actorIds = new Set(actors.map((a) => a.id));
  const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => actorIds.has(id)));
  return {
    $schema: './entente.schema.json',
    meta: base.meta,
    sources,
    actors,
    ties,
    events,
    ...(chapters.length ? { chapters } : {}),
    ...(Object.keys(kept).length ? { positions: kept } : {}),
  };
}

export function serialise(dataset: unknown): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

function main(): void {
  const dataset = mergeParts(readParts());
  const result = validateDataset(dataset);
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    throw new Error(
      `merged dataset is invalid (${errors.length} errors):\n  ${errors.map(formatIssue).join('\n  ')}`,
    );
  }
  writeFileSync(OUTPUT_FILE, serialise(dataset));
  const d = result.dataset;
  process.stdout.write(
    `wrote data/entente.json: ${d.actors.length} actors, ${d.ties.length} ties, ${d.events.length} events, ` +
      `${d.chapters?.length ?? 0} chapters` +
      `${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}\n`,
  );
  for (const w of result.warnings) process.stdout.write(`  ${formatIssue(w)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`data:build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
