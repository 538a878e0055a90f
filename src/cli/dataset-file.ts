import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Dataset } from '../model';
import {
  checkSize,
  decodeFile,
  formatImportIssue,
  importFiles,
  isGzip,
  issue,
  MAX_UNPACKED_BYTES,
  type ImportFile,
  type ImportIssue,
  type ImportResult,
} from '../model/import';
import { gzipTwice, tooLargeUnpacked } from '../model/import/packed';
import { gzipJsonOverLimit } from './gzip-rows';

export const DEFAULT_DATASET = fileURLToPath(new URL('../../data/entente.json', import.meta.url));

/** One path, or several (a CSV pair, several event tables): `--dataset` once per file. */
export type DatasetSpec = string | readonly string[];

const pathsOf = (spec: DatasetSpec): string[] => (typeof spec === 'string' ? [spec] : [...spec]);

/** What a path that is not a regular file is, in words; null for a regular file. */
function notAFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads one file's bytes, refusing special files by type (their size says nothing: /dev/zero is 0). */
function readBytes(path: string): Buffer | ImportIssue {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const hint =
      code === 'ENOENT' && path.includes(',')
        ? ' (several files are given as one --dataset each: --dataset actors.csv --dataset events.csv)'
        : '';
    throw new Error(`cannot read dataset ${path}: ${code}${hint}`, { cause: err });
  }
  const kind = notAFile(stats);
  if (kind) throw new Error(`cannot read dataset ${path}: it is ${kind}, not a file`);
  // Refuse an oversized file before reading it into memory.
  const tooBig = checkSize(path, stats.size);
  if (tooBig) return tooBig;
  try {
    return readFileSync(path);
  } catch (err) {
    throw new Error(`cannot read dataset ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      cause: err,
    });
  }
}

/**
 * Reads `--dataset` files in any import format: an Entente JSON file, a .csv/.tsv event table (ICEWS,
 * GDELT, generic) or a CSV pair given as two paths. Throws only when a file cannot be read; everything
 * wrong inside the files comes back as issues.
 */
export function loadDatasetFiles(spec: DatasetSpec): ImportResult {
  const paths = pathsOf(spec);
  if (!paths.length || paths.some((p) => !p)) throw new Error('--dataset needs a file name');
  const files: ImportFile[] = [];
  for (const path of paths) {
    const name = paths.length > 1 ? basename(path) : path;
    const bytes = readBytes(path);
    if (!Buffer.isBuffer(bytes)) return { ok: false, issues: [bytes as ImportIssue] };
    if (!isGzip(bytes)) {
      files.push(decodeFile(name, bytes));
      continue;
    }
    const unpacked = gunzip(name, bytes);
    if ('issues' in unpacked) return { ok: false, issues: unpacked.issues };
    files.push(unpacked);
  }
  return importFiles(files);
}

/**
 * The CLI's gzip reader: the same limits as the app's, the row limits of a JSON dataset counted while it
 * inflates (gzip-rows.ts), the byte limit enforced by zlib.
 */
function gunzip(name: string, bytes: Buffer): ImportFile | { issues: ImportIssue[] } {
  const tooMany = gzipJsonOverLimit(name, bytes);
  if (tooMany) return { issues: [tooMany] };
  try {
    const unpacked = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
    if (isGzip(unpacked)) return { issues: [gzipTwice(name)] };
    return { ...decodeFile(name, unpacked), packedBytes: bytes.length };
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { issues: [tooLargeUnpacked(name)] };
    const why = err instanceof Error ? err.message : String(err);
    return { issues: [issue(name, `not a readable gzip file: ${why}`, { expected: 'a complete .gz file' })] };
  }
}

const specText = (spec: DatasetSpec) => pathsOf(spec).join(' + ');

/** Reads and validates dataset files; throws one readable line naming the first problem and the count. */
export function readDatasetFile(spec: DatasetSpec = DEFAULT_DATASET): Dataset {
  const result = loadDatasetFiles(spec);
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new Error(`invalid dataset ${specText(spec)}: ${formatImportIssue(errors[0])}${more}`);
  }
  return result.dataset;
}
