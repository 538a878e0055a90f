/**
 * Adds a resolution (pHYs) and text chunks (tEXt) to a PNG, so an office suite pastes it at its real
 * size and the file says what it shows. Chunks go right after IHDR, as the PNG spec allows for both.
 */

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG (and zip) use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** tEXt is Latin-1: other characters become "?", and a NUL (the keyword separator) is dropped. */
function latin1(text: string): number[] {
  return [...text.replace(/\0/g, '')].map((ch) => (ch.codePointAt(0)! <= 0xff ? ch.codePointAt(0)! : 0x3f));
}

export interface PngMeta {
  dpi: number;
  /** Keyword → text, e.g. Title, Date, Source, Software (keywords of the PNG spec). */
  text: Record<string, string>;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function withPngMeta(png: Uint8Array, meta: PngMeta): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG file');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const perMetre = Math.round(meta.dpi / 0.0254);
  const phys = new Uint8Array(9);
  const view = new DataView(phys.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  phys[8] = 1; // unit: metre
  const parts = [png.subarray(0, ihdrEnd), chunk('pHYs', phys)];
  for (const [key, value] of Object.entries(meta.text))
    parts.push(chunk('tEXt', Uint8Array.from([...latin1(key).slice(0, 79), 0, ...latin1(value)])));
  parts.push(png.subarray(ihdrEnd));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads pHYs (as dpi) and tEXt chunks back: what tests and curious users check. */
export function readPngMeta(png: Uint8Array): { dpi?: number; text: Record<string, string> } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const text: Record<string, string> = {};
  let dpi: number | undefined;
  for (let at = 8; at + 8 <= png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'pHYs' && data[8] === 1)
      dpi = Math.round(new DataView(data.buffer, data.byteOffset).getUint32(0) * 0.0254);
    if (type === 'tEXt') {
      const nul = data.indexOf(0);
      text[String.fromCharCode(...data.subarray(0, nul))] = String.fromCharCode(...data.subarray(nul + 1));
    }
    if (type === 'IEND') break;
    at += 12 + len;
  }
  return { dpi, text };
}
