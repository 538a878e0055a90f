/**
 * The bundled dataset: it loads, nothing dangles, every fact is cited, the built file is the merge of
 * the parts, and (when the seed documents sit beside the checkout) each cited line really is about
 * the event: it names one of its actors or its year and is not page furniture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeParts, OUTPUT_FILE, readParts, REPO_ROOT, serialise } from '../../scripts/build-dataset';
import {
  type Actor,
  type Citation,
  type Dataset,
  describeCameo,
  parseDate,
  validateDataset,
} from '../../src/model';

const SEEDS_DIR = resolve(REPO_ROOT, '../shared/seeds');
const builtText = readFileSync(OUTPUT_FILE, 'utf8');

function loadBuilt(): Dataset {
  const result = validateDataset(JSON.parse(builtText));
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.dataset;
}

/** Lines that belong to the web page, not to the document's text. */
const FURNITURE = [
  /^accessibility links$/i,
  /^breaking news$/i,
  /^download [\d.]+ ?kb\.?$/i,
  /^date conversion/i,
  /^size[\d.]+ ?kb\.?$/i,
  /copyright|©/i,
  /^(xs|sm|md|lg)/i,
  /^advertise here/i,
  /^buy now$/i,
  /^send message$/i,
  /^main page$/i,
  /^thank you$/i,
  /^yours sincerely/i,
  /^submitted by /i,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive: "US" must not match inside "thus". */
function mentions(line: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu').test(line);
}

function namesOf(actor: Actor | undefined): string[] {
  if (!actor) return [];
  return [...actor.labels.map((l) => l.label), ...actor.aliases];
}

describe('bundled dataset data/entente.json', () => {
  const dataset = loadBuilt();
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Set(dataset.sources.map((s) => s.id));

  it('validates with no warnings and meets the size targets', () => {
    const result = validateDataset(JSON.parse(builtText));
    expect(result.ok && result.warnings).toEqual([]);
    expect(dataset.actors.length).toBeGreaterThanOrEqual(45);
    expect(dataset.events.length).toBeGreaterThanOrEqual(100);
    expect(dataset.meta.span).toEqual({ from: '1947-01-01', to: '2012-12-31' });
  });

  it('has no dangling actor or source ids', () => {
    const dangling: string[] = [];
    for (const item of [...dataset.events, ...dataset.ties]) {
      for (const ref of [item.source, item.target])
        if (!actors.has(ref)) dangling.push(`${item.id} -> ${ref}`);
      for (const c of item.citations)
        if (!sources.has(c.source)) dangling.push(`${item.id} cites ${c.source}`);
    }
    expect(dangling).toEqual([]);
  });

  it('places every event and tie start inside the lifetime of both actors (else the graph would hide it)', () => {
    const lifetime = (id: string) => {
      const exists = actors.get(id)?.exists;
      return {
        from: exists?.from ? parseDate(exists.from)!.start : -Infinity,
        to: exists?.to ? parseDate(exists.to)!.end : Infinity,
      };
    };
    const outside = (id: string, day: number) => day < lifetime(id).from || day > lifetime(id).to;
    const dated = [
      ...dataset.events.map((e) => ({ id: e.id, ends: [e.source, e.target], day: parseDate(e.date)!.mid })),
      ...dataset.ties
        .filter((t) => t.from)
        .map((t) => ({ id: t.id, ends: [t.source, t.target], day: parseDate(t.from!)!.start })),
    ];
    const bad = dated.flatMap((d) => d.ends.filter((a) => outside(a, d.day)).map((a) => `${d.id}: ${a}`));
    expect(bad).toEqual([]);
  });

  it('cites every event and tie; a citation without a line says why in a note', () => {
    const bad = [...dataset.events, ...dataset.ties].filter(
      (item) => item.citations.length === 0 || item.citations.some((c) => c.line === undefined && !c.note),
    );
    expect(bad.map((b) => b.id)).toEqual([]);
  });

  it('names each event after its year and keeps the score a rationale does not explain at the CAMEO default', () => {
    const misnamed = dataset.events.filter((e) => !e.id.startsWith(`ev-${e.date.slice(0, 4)}-`));
    expect(misnamed.map((e) => `${e.id} (${e.date})`)).toEqual([]);
    const unexplained = dataset.events.filter(
      (e) => !e.rationale && e.score !== describeCameo(e.cameo)?.goldstein,
    );
    expect(unexplained.map((e) => `${e.id}: ${e.score} for ${e.cameo}`)).toEqual([]);
  });

  it('tells a story of 10-14 chapters in date order, from Partition to 2012, and opens on a date inside it', () => {
    const chapters = dataset.chapters ?? [];
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    expect(chapters.length).toBeLessThanOrEqual(14);
    const starts = chapters.map((c) => parseDate(c.at ?? c.from!)!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(chapters[0].at ?? chapters[0].from).toMatch(/^194[78]/);
    expect(chapters.at(-1)!.to ?? chapters.at(-1)!.at).toMatch(/^2012/);
    for (const c of chapters) {
      const sentences = c.caption.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, c.id).toBeGreaterThanOrEqual(2);
      expect(sentences, c.id).toBeLessThanOrEqual(3);
    }
    const openAt = parseDate(dataset.meta.openAt!)!.start;
    expect(openAt).toBeGreaterThan(parseDate('1947-08-14')!.start);
    expect(openAt).toBeLessThan(parseDate('2012-12-31')!.start);
  });

  it('is exactly the merge of data/parts (nobody edits the built file by hand)', () => {
    expect(builtText).toBe(serialise(mergeParts(readParts())));
  });

  it('refuses to merge parts that define the same id twice, naming both files', () => {
    const event = { id: 'ev-1991-x', date: '1991' };
    const parts = [
      { file: 'base.json', meta: {}, actors: [{ id: 'a' }] },
      { file: 'events-1947-1991.json', events: [event] },
      { file: 'late.json', actors: [{ id: 'a' }], events: [event] },
    ];
    expect(() => mergeParts(parts)).toThrow(/actors id "a" is in base\.json and late\.json/);
    expect(() => mergeParts(parts)).toThrow(
      /events id "ev-1991-x" is in events-1947-1991\.json and late\.json/,
    );
  });

  it('merges chapters from every part in reading order, and refuses a chapter id defined twice', () => {
    const parts = [
      { file: 'base.json', meta: {}, chapters: [{ id: 'first' }] },
      { file: 'chapters.json', chapters: [{ id: 'third' }, { id: 'second' }] },
    ];
    expect(mergeParts(parts).chapters).toEqual([{ id: 'first' }, { id: 'third' }, { id: 'second' }]);
    expect(mergeParts([{ file: 'base.json', meta: {} }])).not.toHaveProperty('chapters');
    expect(() => mergeParts([...parts, { file: 'late.json', chapters: [{ id: 'first' }] }])).toThrow(
      /chapters id "first" is in base\.json and late\.json/,
    );
  });
});

describe.runIf(existsSync(SEEDS_DIR))('citations against the seed documents', () => {
  const dataset = loadBuilt();
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const files = new Map<string, string[]>();
  const linesOf = (source: string): string[] | undefined => {
    if (!files.has(source)) {
      const path = join(SEEDS_DIR, `${source}.txt`);
      files.set(source, existsSync(path) ? readFileSync(path, 'utf8').split(/\r?\n/) : []);
    }
    const lines = files.get(source)!;
    return lines.length ? lines : undefined;
  };

  const problems = (
    id: string,
    ends: string[],
    year: string | undefined,
    citations: Citation[],
  ): string[] => {
    const names = ends.flatMap((a) => namesOf(actors.get(a)));
    const out: string[] = [];
    for (const c of citations) {
      if (c.line === undefined) continue;
      const lines = linesOf(c.source);
      if (!lines) {
        out.push(`${id}: no seed file for source ${c.source}`);
        continue;
      }
      const text = (lines[c.line - 1] ?? '').trim();
      if (!text) out.push(`${id}: ${c.source}:${c.line} is empty or past the end`);
      else if (FURNITURE.some((re) => re.test(text)))
        out.push(`${id}: ${c.source}:${c.line} is page furniture`);
      else if (!names.some((n) => mentions(text, n)) && !(year && mentions(text, year)))
        out.push(
          `${id}: ${c.source}:${c.line} names neither ${ends.join(' nor ')} nor ${year ?? 'the year'}`,
        );
    }
    return out;
  };

  it('every event citation with a line points at a text line naming one of its actors or its year', () => {
    const found = dataset.events.flatMap((e) =>
      problems(e.id, [e.source, e.target], e.date.slice(0, 4), e.citations),
    );
    expect(found).toEqual([]);
  });

  it('every tie citation with a line points at a text line naming one of its two ends or its first year', () => {
    const found = dataset.ties.flatMap((t) =>
      problems(t.id, [t.source, t.target], t.from?.slice(0, 4), t.citations),
    );
    expect(found).toEqual([]);
  });

  it('every chapter citation points at a text line naming one of its actors or its first year', () => {
    const found = (dataset.chapters ?? []).flatMap((c) =>
      problems(c.id, c.select ?? [], (c.at ?? c.from)?.slice(0, 4), c.citations),
    );
    expect(found).toEqual([]);
  });

  it('summaries and chapter captions are our own words: no run of ten words copied from a cited line', () => {
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const copied: string[] = [];
    const texts = [
      ...dataset.events.map((e) => ({ id: e.id, text: e.summary, citations: e.citations })),
      ...(dataset.chapters ?? []).map((c) => ({ id: c.id, text: c.caption, citations: c.citations })),
    ];
    for (const e of texts) {
      const w = words(e.text);
      for (const c of e.citations) {
        if (c.line === undefined) continue;
        const line = ` ${words(linesOf(c.source)?.[c.line - 1] ?? '').join(' ')} `;
        for (let i = 0; i + 10 <= w.length; i++) {
          const run = w.slice(i, i + 10).join(' ');
          if (line.includes(` ${run} `)) copied.push(`${e.id}: "${run}" (${c.source}:${c.line})`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
