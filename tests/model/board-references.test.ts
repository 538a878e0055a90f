/**
 * The public references beyond the seeds (data/parts/board.json, DATA.md "References beyond the seeds"):
 * each names who published it, when and where it was read, and every fact citing it says where in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS_DIR } from '../../scripts/build-dataset';
import { readHistoryChecks } from '../../scripts/history-check-format';

interface Citation {
  source: string;
  line?: number;
  note?: string;
}
interface Cited {
  id: string;
  source?: string;
  target?: string;
  citations: Citation[];
}
interface Reference {
  id: string;
  title: string;
  author?: string;
  published?: string;
  url?: string;
}

const board = JSON.parse(readFileSync(join(PARTS_DIR, 'board.json'), 'utf8')) as {
  sources: Reference[];
  ties: Cited[];
  events: Cited[];
};
/** Treaty texts are cited by instrument, place and date in each note, not by one address. */
const COLLECTIONS = new Set(['ref-treaty-texts']);

describe('data/parts/board.json references', () => {
  it('names each reference by author or publisher, date and the address it was read at', () => {
    const bad = board.sources.filter(
      (s) =>
        !s.id.startsWith('ref-') ||
        !s.author ||
        !s.published ||
        (!s.url && !COLLECTIONS.has(s.id)) ||
        (s.url !== undefined && !/^https?:\/\/\S+$/.test(s.url)),
    );
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('cites, for every fact, either a seed line or a reference with a note saying where in it', () => {
    const refs = new Set(board.sources.map((s) => s.id));
    const bad = [...board.ties, ...board.events].flatMap((item) =>
      item.citations
        .filter((c) => c.line === undefined && (!refs.has(c.source) || (c.note ?? '').length < 10))
        .map((c) => `${item.id}: ${c.source}`),
    );
    expect(bad).toEqual([]);
    expect([...board.ties, ...board.events].every((item) => item.citations.length > 0)).toBe(true);
  });

  it('uses every reference it lists (in a fact or a history check), and no general-reference', () => {
    const used = new Set([
      ...[...board.ties, ...board.events].flatMap((i) => i.citations.map((c) => c.source)),
      ...readHistoryChecks().map((c) => c.citation.source),
    ]);
    expect(board.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
    const facts = [...board.ties, ...board.events].flatMap((i) => i.citations.map((c) => c.source));
    expect(facts.includes('general-reference')).toBe(false);
  });

  it('gives every pair with a lasting state at least one dated event, so the graph draws the tie', () => {
    const key = (i: Cited) => [i.source, i.target].sort().join('|');
    const withEvents = new Set(board.events.map(key));
    expect(board.ties.filter((t) => !withEvents.has(key(t))).map((t) => t.id)).toEqual([]);
  });
});
