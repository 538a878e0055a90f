import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset, layoutSpan, snapshotAt } from '../../../src/model';
import {
  INSUFFICIENT_LOOK,
  LEGEND,
  TIE_LOOKS,
  chapterSlideSvg,
  chapterText,
  crc32,
  labelOrder,
  lookOfEdge,
  readPngMeta,
  snapshotToSvg,
  tableMeasure,
  withPngMeta,
  wrapText,
} from '../../../src/model/export';
import { loadFixture } from '../fixture';
import { elements, parseXml } from './helpers';

const index = indexDataset(loadFixture('../../data/entente.json'));
const positions = layoutSpan(index);

/** A 1 × 1 grey PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('PNG metadata', () => {
  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds pHYs and tEXt after IHDR and reads them back; other characters become ?', () => {
    const out = withPngMeta(PNG, { dpi: 300, text: { Title: 'Kabul – 1979', Date: '1979-12-27' } });
    expect(readPngMeta(out)).toEqual({ dpi: 300, text: { Title: 'Kabul ? 1979', Date: '1979-12-27' } });
    expect(out.subarray(out.length - PNG.length + 33)).toEqual(PNG.subarray(33));
  });

  it('refuses a file that is not a PNG', () => {
    expect(() => withPngMeta(new Uint8Array(40), { dpi: 96, text: {} })).toThrow('not a PNG');
  });
});

describe('one look for screen and picture', () => {
  const snap = snapshotAt(index, '1991-12-26');

  it('draws insufficient evidence dotted grey, and less confidence fainter', () => {
    const relation = snap.edges.find((e) => e.kind === 'relation' && !e.insufficient)!;
    expect(lookOfEdge({ ...relation, insufficient: true })).toBe(INSUFFICIENT_LOOK);
    const sure = lookOfEdge({ ...relation, confidence: 0.9 });
    const unsure = lookOfEdge({ ...relation, confidence: 0.1 });
    expect(unsure.opacity).toBeLessThan(sure.opacity);
  });

  it('gives alliances, treaties and alignments a look apart from memberships, and names every look', () => {
    for (const kind of ['alliance', 'treaty', 'alignment'] as const)
      expect(TIE_LOOKS[kind]).not.toEqual(TIE_LOOKS.membership);
    const words = LEGEND.map((e) => e.words);
    expect(words).toContain('Rivalry, estrangement, proxy contest');
    expect(words).toContain('Insufficient evidence');
    const drawn = new Set(
      LEGEND.flatMap((e) => ('line' in e.mark ? [e.mark.line.ink + (e.mark.line.end ?? '')] : [])),
    );
    for (const look of Object.values(TIE_LOOKS)) expect(drawn).toContain(look.ink + (look.end ?? ''));
  });

  it('names actors by relations in force, leaders last, whatever the input order', () => {
    const order = labelOrder(snap);
    const kind = new Map(snap.nodes.map((n) => [n.id, n.kind]));
    const firstLeader = order.findIndex((id) => kind.get(id) === 'leader');
    expect(order.slice(firstLeader).every((id) => kind.get(id) === 'leader')).toBe(true);
    fc.assert(
      fc.property(fc.shuffledSubarray(snap.nodes, { minLength: snap.nodes.length }), (nodes) => {
        expect(labelOrder({ ...snap, nodes })).toEqual(order);
      }),
      { numRuns: 20 },
    );
  });
});

const named = (svg: string) =>
  elements(parseXml(svg), 'g').filter((g) => g.getAttribute('class') === 'node' && elements(g, 'text').length)
    .length;

describe('layout in output pixels', () => {
  it.each(['1991-12-26', '2011-05-02'])(
    'on %s a 4x picture names as many actors as the 1x, a page more than a small one',
    (at) => {
      const snap = snapshotAt(index, at);
      const small = named(snapshotToSvg(snap, positions, { width: 640, height: 480 }));
      const one = named(snapshotToSvg(snap, positions, { width: 900, height: 600 }));
      const four = named(snapshotToSvg(snap, positions, { width: 3600, height: 2400, unit: 4 }));
      const page = named(snapshotToSvg(snap, positions, { width: 3508, height: 2480, unit: 2.75 }));
      expect(four).toBeGreaterThanOrEqual(one);
      expect(page).toBeGreaterThanOrEqual(small);
    },
  );

  it('never writes a raw line break into SVG text', () => {
    const snap = snapshotAt(index, '1971-12-15');
    const svg = snapshotToSvg(snap, positions, { title: 'Two\nlines', labelOf: (n) => `${n.label}\r\nx` });
    for (const t of elements(parseXml(svg), 'text')) expect(t.textContent).not.toMatch(/[\r\n]/);
  });
});

describe('story slides', () => {
  it('wraps a caption inside the width', () => {
    const lines = wrapText('word '.repeat(100), 500, 24, tableMeasure);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(tableMeasure(l, 24)).toBeLessThanOrEqual(500);
  });

  it('shows a chapter title, date, caption and sources over the graph at its date', () => {
    const chapter = index.dataset.chapters![0];
    const svg = chapterSlideSvg(
      snapshotAt(index, '1948-03-31'),
      positions,
      chapterText(index.dataset, chapter),
      {
        background: '#ffffff',
        theme: 'light',
      },
    );
    const texts = elements(parseXml(svg), 'text');
    const byClass = (c: string) =>
      texts.filter((t) => t.getAttribute('class') === c).map((t) => t.textContent);
    expect(byClass('title')).toEqual([chapter.title]);
    expect(byClass('date')).toEqual(['March 1948']);
    expect(byClass('caption').join(' ')).toBe(chapter.caption.replace(/\s+/g, ' ').trim());
    expect(byClass('source')[0]).toMatch(/^Sources: .*line 29/);
  });
});
