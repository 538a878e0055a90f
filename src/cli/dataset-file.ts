import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../model';
import { checkSize, decodeFile, formatImportIssue, importFiles, type ImportResult } from '../model/import';

export const DEFAULT_DATASET = fileURLToPath(new URL('../../data/entente.json', import.meta.url));

/**
 * Reads `--dataset` files in any import format: an Entente JSON file, a .csv/.tsv event table (ICEWS,
 * GDELT, generic) or a CSV pair given as "actors.csv,events.csv". Throws only when a file cannot be
 * read; everything wrong inside the files comes back as issues.
 */
export function loadDatasetFiles(spec: string): ImportResult {
  const paths = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paths.length) throw new Error('--dataset needs a file name');
  const files = [];
  for (const path of paths) {
    let size: number;
    let bytes: Uint8Array;
    try {
      size = statSync(path).size;
      // Refuse an oversized file before reading it into memory.
      if (checkSize(path, size)) return { ok: false, issues: [checkSize(path, size)!] };
      bytes = readFileSync(path);
    } catch (err) {
      throw new Error(`cannot read dataset ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
        cause: err,
      });
    }
    files.push(decodeFile(paths.length > 1 ? basename(path) : path, bytes));
  }
  return importFiles(files);
}

/** Reads and validates dataset files; throws one readable line naming the first problem and the count. */
export function readDatasetFile(spec = DEFAULT_DATASET): Dataset {
  const result = loadDatasetFiles(spec);
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new Error(`invalid dataset ${spec}: ${formatImportIssue(errors[0])}${more}`);
  }
  return result.dataset;
}
