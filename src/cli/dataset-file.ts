import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Dataset, formatIssue, loadDatasetText } from '../model';

export const DEFAULT_DATASET = fileURLToPath(new URL('../../data/entente.json', import.meta.url));

/** Reads and validates a dataset file; throws one readable line naming the first problem and the count. */
export function readDatasetFile(path = DEFAULT_DATASET): Dataset {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read dataset ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      cause: err,
    });
  }
  const result = loadDatasetText(text, path);
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new Error(`invalid dataset ${path}: ${formatIssue(errors[0])}${more}`);
  }
  return result.dataset;
}
