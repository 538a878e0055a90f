import { warning, type ImportFile } from './types';

/**
 * Turns a file's bytes into text. UTF-8 is expected (a byte-order mark is dropped); UTF-16 with a BOM is
 * read as such. A file that is not valid UTF-8 is almost always a legacy Western export (Excel's "CSV"
 * on Windows): it is read as Windows-1252, a superset of Latin-1, with a warning naming the file and the
 * first line that is not UTF-8, instead of silently turning every accented letter into U+FFFD.
 */
export function decodeFile(name: string, bytes: Uint8Array): ImportFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { name, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { name, text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    // fatal: invalid bytes throw instead of becoming U+FFFD; the UTF-8 BOM is stripped by default.
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const line = lineOfFirstInvalidUtf8(bytes);
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      name,
      text,
      notices: [
        warning(name, 'the file is not UTF-8; it was read as Windows-1252 (Latin-1)', {
          line,
          expected: 'UTF-8 text: check accented letters, or save the file as UTF-8 and import it again',
        }),
      ],
    };
  }
}

/** 1-based line of the first byte sequence that is not valid UTF-8. */
export function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    i += need + 1;
  }
  return line;
}
