/** Ids in a dataset match /^[a-z0-9][a-z0-9._-]{0,79}$/; these helpers turn free text into such ids. */
export const MAX_ID_LENGTH = 80;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** "Côte d'Ivoire" -> "cote-d-ivoire". Text with no Latin letters or digits gets a stable hash id. */
export function slugify(text: string, maxLength = MAX_ID_LENGTH): string {
  // Most keys (GDELT codes, row ids) are slugs already; skip the Unicode work for them.
  if (text.length <= maxLength && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)) return text;
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || `x-${fnv1a(text)}`;
}

/** Hands out one id per distinct key; two keys whose slugs collide get "-2", "-3" ... suffixes. */
export class IdAllocator {
  private byKey = new Map<string, string>();
  private taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  idFor(key: string, prefix = ''): string {
    const known = this.byKey.get(key);
    if (known) return known;
    const base = slugify(prefix + key, MAX_ID_LENGTH - 6);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    return id;
  }
}
