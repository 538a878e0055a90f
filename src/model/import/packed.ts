import { JsonRowWatch } from './json-rows';
import { formatBytes } from './limits';
import { issue, type ImportIssue } from './types';

/**
 * Gzip-compressed imports (`events.tsv.gz`, `gdelt-monthly.json.gz`). A year of aggregated GDELT is
 * over 100 MB of JSON but a tenth of that gzipped, so the upload limit applies to the compressed file
 * and the unpacked text has a limit of its own, checked while unpacking (a small file cannot unpack
 * into gigabytes and exhaust memory).
 */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** The name without `.gz`, so the format is guessed from what is inside. */
export function unpackedName(name: string): string {
  return name.replace(/\.gz$/i, '');
}

export function tooLargeUnpacked(file: string, limit = MAX_UNPACKED_BYTES): ImportIssue {
  return issue(file, `the file unpacks to more than ${formatBytes(limit)} (${limit} bytes)`, {
    expected: `a file that unpacks to at most ${formatBytes(limit)}: filter or aggregate the events first`,
  });
}

/** A .gz inside a .gz: named as such instead of quoting its binary bytes as text. */
export function gzipTwice(file: string): ImportIssue {
  return issue(file, 'the file is gzip-compressed twice (a .gz inside a .gz)', {
    expected: 'a file compressed once: unpack it once (gunzip) and import the result',
  });
}

export type Unpacked = { ok: true; text: string } | { ok: false; issues: ImportIssue[] };

/**
 * Gunzips a byte stream into UTF-8 text, stopping as soon as it passes the byte limit or, for a JSON
 * dataset, as soon as one of its lists passes its row limit (a 100 KB gzip can hold millions of events
 * in far less than the byte limit).
 */
export async function gunzipText(
  bytes: ReadableStream<BufferSource>,
  file: string,
  limit = MAX_UNPACKED_BYTES,
): Promise<Unpacked> {
  const reader = bytes.pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const watch = new JsonRowWatch(file);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total === 0 && isGzip(value)) {
        await reader.cancel();
        return { ok: false, issues: [gzipTwice(file)] };
      }
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return { ok: false, issues: [tooLargeUnpacked(file, limit)] };
      }
      const text = decoder.decode(value, { stream: true });
      const tooMany = watch.push(text);
      if (tooMany) {
        await reader.cancel();
        return { ok: false, issues: [tooMany] };
      }
      parts.push(text);
    }
    parts.push(decoder.decode());
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      issues: [issue(file, `not a readable gzip file: ${why}`, { expected: 'a complete .gz file' })],
    };
  }
  return { ok: true, text: parts.join('') };
}
