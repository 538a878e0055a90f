import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../model';
import {
  checkSize,
  formatImportIssue,
  importFiles,
  isGzip,
  issue,
  MAX_UNPACKED_BYTES,
  type ImportFile,
  type ImportIssue,
  type ImportResult,
} from '../model/import';
import { tooLargeUnpacked } from '../model/import/packed';

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
  const files: ImportFile[] = [];
  for (const path of paths) {
    const name = paths.length > 1 ? basename(path) : path;
    let bytes: Buffer;
    try {
      const size = statSync(path).size;
      // Refuse an oversized file before reading it into memory.
      if (checkSize(path, size)) return { ok: false, issues: [checkSize(path, size)!] };
      bytes = readFileSync(path);
    } catch (err) {
      throw new Error(`cannot read dataset ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
        cause: err,
      });
    }
    if (!isGzip(bytes)) {
      files.push({ name, text: bytes.toString('utf8') });
      continue;
    }
    const unpacked = gunzip(name, bytes);
    if ('issues' in unpacked) return { ok: false, issues: unpacked.issues };
    files.push(unpacked);
  }
  return importFiles(files);
}

/** The CLI's gzip reader: the same limit as the app's, enforced by zlib while it inflates. */
function gunzip(name: string, bytes: Buffer): ImportFile | { issues: ImportIssue[] } {
  try {
    const text = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
    return { name, text, packedBytes: bytes.length };
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { issues: [tooLargeUnpacked(name)] };
    const why = err instanceof Error ? err.message : String(err);
    return { issues: [issue(name, `not a readable gzip file: ${why}`, { expected: 'a complete .gz file' })] };
  }
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
