import { Gunzip } from 'fflate';
import { JsonRowWatch } from '../model/import/json-rows';
import { type ImportIssue, MAX_UNPACKED_BYTES } from '../model/import';

// Compressed bytes handed to the inflater at a time: small enough to stop soon after a limit passes.
const STEP = 8 * 1024;

/**
 * Whether a gzipped JSON dataset has a list over its row limit, found while inflating it piece by
 * piece, so a small gzip of millions of events stops after the first 500,001 instead of unpacking and
 * parsing all of them. zlib inflates only whole buffers synchronously, so this pass uses fflate's
 * streaming inflater; a file that is not JSON stops it at its first character, and damaged data is
 * left to zlib, which then unpacks the file (and names any damage) as before.
 */
export function gzipJsonOverLimit(name: string, bytes: Uint8Array): ImportIssue | null {
  const watch = new JsonRowWatch(name);
  const decoder = new TextDecoder('utf-8');
  let found: ImportIssue | null = null;
  let done = false;
  let total = 0;
  const inflater = new Gunzip((chunk) => {
    if (done) return;
    total += chunk.length;
    // Past the byte limit, zlib refuses the file as it always has.
    if (total > MAX_UNPACKED_BYTES) done = true;
    const text = decoder.decode(chunk, { stream: true });
    found = watch.push(text);
    if (found || watch.finished) done = true;
  });
  try {
    for (let at = 0; at < bytes.length && !done; at += STEP)
      inflater.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch {
    return null;
  }
  return found;
}
