import { z } from 'zod';
import { datasetSchema } from './schema';
import { checkReferences } from './references';
import { checkEventsFast } from './fast-events';
import { parseJsonText } from './json-text';

export { parseJsonText };
export { formatIssue } from './issue-format';
import type { Dataset, Issue } from './types';

export type LoadResult = { ok: true; dataset: Dataset; warnings: Issue[] } | { ok: false; issues: Issue[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number'
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

/** Validates an untrusted value as a dataset. Never throws: every problem comes back with its JSON path. */
export function validateDataset(raw: unknown): LoadResult {
  const parsed = parseShape(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map<Issue>((i) => ({
      path: jsonPath(i.path),
      message: i.message,
      severity: 'error',
    }));
    return { ok: false, issues };
  }
  const dataset = parsed.data;
  const { errors, warnings } = checkReferences(dataset);
  return errors.length ? { ok: false, issues: [...errors, ...warnings] } : { ok: true, dataset, warnings };
}

/** Loads dataset JSON text: parse, then validate. */
export function loadDatasetText(text: string, file = 'input'): LoadResult {
  const parsed = parseJsonText(text, file);
  return parsed.ok ? validateDataset(parsed.value) : parsed;
}

/** Everything but the events, as `datasetSchema` checks it; the events come from checkEventsFast. */
const shellSchema = datasetSchema.extend({ events: z.array(z.unknown()) });

/**
 * zod's verdict on the whole dataset, with the events (nearly all of a large file) checked by hand
 * first; when any of them fails, zod checks everything again so the issues read as before.
 */
function parseShape(raw: unknown): ReturnType<typeof datasetSchema.safeParse> {
  const events = checkEventsFast((raw as { events?: unknown } | null)?.events);
  if (events) {
    const shell = shellSchema.safeParse(raw);
    if (shell.success)
      return { success: true, data: { ...shell.data, events } } as ReturnType<typeof datasetSchema.safeParse>;
  }
  return datasetSchema.safeParse(raw);
}
