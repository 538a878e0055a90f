import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Dataset, indexDataset, pairKey, parseDate, yearOf } from '../../../src/model';
import {
  type EvidenceMap,
  cellTitle,
  evidenceLevel,
  evidenceMap,
  evidenceMapCsv,
  evidenceMapSvg,
} from '../../../src/model/analytics';
import { LASTING_TIE_TYPES } from '../../../src/model/export';
import { syntheticDataset } from '../../../src/model/synthetic';
import { elements, parseXml } from '../export/helpers';
import { loadFixture } from '../fixture';

const bundled = loadFixture('../../data/entente.json');

/**
 * Events of a pair begun in [from, to] (years), both actors existing: counted straight from the dataset.
 * A month- or year-dated event whose period straddles an actor's first or last day may count either way
 * (the engine places it inside its period), so those are counted apart as `either`.
 */
function countEvents(
  dataset: Dataset,
  key: string,
  from: number,
  to: number,
  alive: (day: number) => boolean,
) {
  let sure = 0;
  let either = 0;
  for (const e of dataset.events) {
    const { start, end } = parseDate(e.date)!;
    const y = yearOf(start);
    if (pairKey(e.source, e.target) !== key || y < from || y > to) continue;
    if (alive(start) !== alive(end)) either++;
    else if (alive(start)) sure++;
  }
  return { sure, either };
}

function checkInvariants(dataset: Dataset, map: EvidenceMap) {
  const index = indexDataset(dataset);
  // Main pairs first; the rest by evidence, most first.
  const firstOther = map.rows.findIndex((r) => !r.main);
  if (firstOther >= 0) expect(map.rows.slice(firstOther).every((r) => !r.main)).toBe(true);
  const others = map.rows.filter((r) => !r.main);
  for (let k = 1; k < others.length; k++)
    expect(others[k - 1].evidence).toBeGreaterThanOrEqual(others[k].evidence);
  // Every pair among the main actors has a row, even without a single event.
  const keys = new Set(map.rows.map((r) => r.key));
  for (const a of map.main) for (const b of map.main) if (a < b) expect(keys.has(pairKey(a, b))).toBe(true);
  for (const r of map.rows) {
    expect(r.cells).toHaveLength(map.periods.length);
    const ea = index.actors.get(r.a)!;
    const eb = index.actors.get(r.b)!;
    const alive = (d: number) =>
      d >= Math.max(ea.exists.start, eb.exists.start) && d <= Math.min(ea.exists.end, eb.exists.end);
    r.cells.forEach((c, k) => {
      const { from, to } = map.periods[k];
      const { sure, either } = countEvents(dataset, r.key, from, to, alive);
      expect(c.events).toBeGreaterThanOrEqual(sure);
      expect(c.events).toBeLessThanOrEqual(sure + either);
      expect(c.level).toBe(c.exists ? evidenceLevel(c.events, c.evidence, index.options.kappa) : 'none');
      expect(c.evidence).toBeGreaterThanOrEqual(0);
      if (!c.exists) expect([c.events, c.lasting.length]).toEqual([0, 0]);
      for (const l of c.lasting) expect(l.from <= to && l.to >= from).toBe(true);
    });
  }
}

describe('evidence map', () => {
  const map = evidenceMap(indexDataset(bundled));

  it('covers the span in decades and counts every dated event of each pair in its decade', () => {
    expect(map.periods[0]).toEqual({ from: 1947, to: 1949 });
    expect(map.periods.at(-1)).toEqual({ from: 2010, to: 2012 });
    checkInvariants(bundled, map);
  });

  it('puts the main pairs first: Pakistan–Russia leads, among the eight most covered actors', () => {
    expect(map.main).toHaveLength(8);
    expect(map.main.slice(0, 2).sort()).toEqual(['pakistan', 'russia']);
    expect(map.rows[0].key).toBe('pakistan~russia');
    expect(map.rows.filter((r) => r.main)).toHaveLength(28);
  });

  it('marks the lasting states in force with the decades they span', () => {
    const usPak = map.rows.find((r) => r.key === 'pakistan~usa')!;
    const lasting = LASTING_TIE_TYPES as readonly string[];
    const ties = bundled.ties.filter(
      (t) => pairKey(t.source, t.target) === 'pakistan~usa' && lasting.includes(t.type),
    );
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) {
      const from = yearOf(parseDate(t.from!)!.start);
      const k = map.periods.findIndex((p) => p.from <= from && from <= p.to);
      expect(usPak.cells[k].lasting.map((l) => l.tie)).toContain(t.id);
    }
    expect(cellTitle(usPak.label, map.periods[1], usPak.cells[1])).toMatch(
      /^Pakistan – United States, 1950–1959: \d+ dated events?, evidence/,
    );
  });

  it('holds its invariants on random datasets, by year and by decade', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom('decade' as const, 'year' as const),
        (seed, actors, bucket) => {
          const pairs = Math.min((actors * (actors - 1)) / 2, actors + 2);
          const dataset = syntheticDataset({ seed, actors, pairs, events: 60, years: 25 });
          checkInvariants(dataset, evidenceMap(indexDataset(dataset), { bucket, mainActors: 4 }));
        },
      ),
      // The seed once found an event dated to a month that began before one actor existed.
      { numRuns: 25, examples: [[2147483637, 6, 'decade']] },
    );
  });

  it('exports a long CSV table and an SVG with a title on every cell', () => {
    const rows = Papa.parse<Record<string, string>>(evidenceMapCsv(map), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(map.rows.length * map.periods.length);
    expect(rows.data[0]).toMatchObject({
      a: 'pakistan',
      b: 'russia',
      main: 'true',
      from: '1947',
      to: '1949',
    });
    const { svg, width } = evidenceMapSvg(map, 'Evidence & <thin> places');
    const doc = parseXml(svg);
    expect(elements(doc, 'title')).toHaveLength(map.rows.length * map.periods.length);
    expect(elements(doc, 'text')[0].textContent).toBe('Evidence & <thin> places');
    expect(width).toBeGreaterThanOrEqual(640);
  });
});
