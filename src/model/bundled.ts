import { parseJsonText } from './json-text';
import { checkReferences } from './references';
import type { Dataset } from './types';
import type { LoadResult } from './validate';

/**
 * Opens the bundled dataset (data/entente.json) at start without the validator. Its shape is checked
 * against the schema when the app is built (vite.config.ts stops the build on any schema error) and
 * by the tests; zod in its eval-free mode costs about a tenth of a second of every cold load, on a
 * file that cannot have changed since. What a load can still get wrong is checked here as for any
 * file: duplicate ids, references, real dates, interval order. The schema's two defaults are applied.
 */
export function openBundledDataset(text: string, file = 'data/entente.json'): LoadResult {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  const raw = parsed.value as Partial<Dataset> | null;
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.actors) || !Array.isArray(raw.events))
    return {
      ok: false,
      issues: [{ path: file, message: 'not an Entente dataset (no actors or events)', severity: 'error' }],
    };
  const dataset = {
    ...raw,
    actors: raw.actors.map((a) => ({ ...a, aliases: a.aliases ?? [] })),
    ties: raw.ties ?? [],
  } as Dataset;
  try {
    const { errors, warnings } = checkReferences(dataset);
    return errors.length ? { ok: false, issues: [...errors, ...warnings] } : { ok: true, dataset, warnings };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      issues: [{ path: file, message: `not in the dataset format: ${message}`, severity: 'error' }],
    };
  }
}
