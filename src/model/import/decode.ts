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
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    return {
      name,
      text: new TextDecoder(utf16).decode(bytes),
      notices: [
        warning(
          name,
          `the file is UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark; it was read as such`,
          {
            expected: 'UTF-8 text, or UTF-16 with a byte-order mark',
          },
        ),
      ],
    };
  }
  try {
    // fatal: invalid bytes throw instead of becoming U+FFFD; the UTF-8 BOM is stripped by default.
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const line = lineOfFirstInvalidUtf8(bytes);
    const text = decodeWindows1252(bytes);
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

/**
 * UTF-16 saved without a byte-order mark: text in Latin script has a zero byte in every other place
 * (after each letter in little-endian, before it in big-endian), which UTF-8 text never has.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.1) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.1) return 'utf-16be';
  return null;
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

/**
 * Windows-1252's 0x80-0x9F (curly quotes, dashes, the euro sign); 0 marks the five unassigned bytes,
 * which WHATWG maps to the C1 control of the same number. Written out because Node's TextDecoder
 * reads "windows-1252" as ISO-8859-1 (C1 controls), unlike browsers.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
