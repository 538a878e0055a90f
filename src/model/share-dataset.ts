/**
 * Which dataset a share link was made on. A link made on the built-in dataset carries nothing (links
 * older than this parameter mean the built-in one too); a link made on an imported dataset carries
 * `ds`, the fingerprint of the dataset's content, and `dsname`, its name for the message shown where
 * that dataset is not in the browser. Both come from a URL, so both are hostile.
 */

export interface LinkedDataset {
  fingerprint: string;
  /** The name as the link gives it: cleaned of control characters and cut short, for display only. */
  name: string;
}

const FINGERPRINT = /^[0-9a-f]{16}$/;
const MAX_NAME = 120;

/**
 * A 64-bit content fingerprint (two 32-bit FNV-1a-style lanes mixed with Math.imul), as 16 hex digits.
 * Not cryptographic: it tells the user's own datasets apart, it does not defend against forgery (a
 * forged link can only name a dataset, never carry one).
 */
export function datasetFingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  // One multiply per lane and character (it runs over every character of a dataset of up to 500 MB);
  // the lanes differ in prime and in which half of the code unit they take first.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ ((c << 8) | (c >>> 8)), 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ text.length;
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35) ^ h1;
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}

/** The link parameters for a dataset, or none for the built-in one (`null`). */
export function encodeDatasetParams(linked: LinkedDataset | null): string {
  if (!linked) return '';
  const p = new URLSearchParams({ ds: linked.fingerprint, dsname: linked.name.slice(0, MAX_NAME) });
  return p.toString();
}

export type DatasetParamResult =
  { kind: 'built-in' } | { kind: 'linked'; dataset: LinkedDataset } | { kind: 'invalid'; notice: string };

/** Reads `ds`/`dsname` from a query string; a malformed fingerprint is reported, never trusted. */
export function decodeDatasetParams(search: string): DatasetParamResult {
  const p = new URLSearchParams(search);
  const fingerprint = p.get('ds');
  if (fingerprint === null) return { kind: 'built-in' };
  if (!FINGERPRINT.test(fingerprint))
    return {
      kind: 'invalid',
      notice: 'The link names its dataset with a malformed “ds” (expected 16 hex digits); it was ignored.',
    };
  const raw = p.get('dsname') ?? '';
  // Control characters (and the bidi overrides that could reorder the message) are dropped.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const name = cleaned.trim().slice(0, MAX_NAME) || 'an imported dataset';
  return { kind: 'linked', dataset: { fingerprint, name } };
}

/** True when a query string carries any state at all (then it is a link, not a plain visit). */
export function isShareLink(search: string): boolean {
  return [...new URLSearchParams(search).keys()].length > 0;
}
