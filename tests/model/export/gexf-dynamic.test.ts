import { describe, expect, it } from 'vitest';
import { formatDay, indexDataset, pairKey, parseDate, snapshotAt } from '../../../src/model';
import { confidenceOf } from '../../../src/model/time/engine';
import { datasetToDynamicGexf, dynamicGraph, lastingPairs, xmlSafe } from '../../../src/model/export';
import { elements, hostileDataset, parseXml } from './helpers';

const dataset = hostileDataset();
const index = indexDataset(dataset);
const STEP = 0.25;
const doc = parseXml(datasetToDynamicGexf(index, { step: 'month', scoreStep: STEP }));
const graph = dynamicGraph(index, { step: 'month', scoreStep: STEP });

type Interval = { start: string; end: string };
const covers = (i: Interval, day: string) => i.start <= day && day <= i.end;

/** The intervals an element exists in: its own start/end, or its <spell> children. */
function spellsOf(el: ReturnType<typeof elements>[number]): Interval[] {
  const spells = elements(el, 'spell');
  if (spells.length)
    return spells.map((s) => ({ start: s.getAttribute('start')!, end: s.getAttribute('end')! }));
  return [{ start: el.getAttribute('start')!, end: el.getAttribute('end')! }];
}

/** The value of a dynamic attribute at a day, from the attvalue whose interval holds it. */
function valueAt(el: ReturnType<typeof elements>[number], key: string, day: string): string | undefined {
  const hits = elements(el, 'attvalue').filter(
    (v) =>
      v.getAttribute('for') === key &&
      covers({ start: v.getAttribute('start')!, end: v.getAttribute('end')! }, day),
  );
  expect(hits.length).toBeLessThanOrEqual(1);
  return hits[0]?.getAttribute('value') ?? undefined;
}

describe('dynamic GEXF', () => {
  it('declares a dynamic graph over the dataset span with dates', () => {
    const g = elements(doc, 'graph')[0];
    expect([g.getAttribute('mode'), g.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    expect([g.getAttribute('start'), g.getAttribute('end')]).toEqual(['1947-01-01', '2012-12-31']);
    const dynamicEdgeAttrs = elements(doc, 'attributes')
      .filter((a) => a.getAttribute('class') === 'edge' && a.getAttribute('mode') === 'dynamic')
      .flatMap((a) => elements(a, 'attribute').map((x) => x.getAttribute('title')));
    expect(dynamicEdgeAttrs).toEqual([
      'sign',
      'strength',
      'score',
      'events',
      'evidence',
      'confidence',
      'insufficient',
      'lasting',
    ]);
    // Without a day the file was written, meta carries none (the app and the CLI pass today).
    expect(elements(doc, 'meta')[0].getAttribute('lastmodifieddate')).toBeNull();
    const stamped = parseXml(datasetToDynamicGexf(index, { step: 'year', lastModified: '2026-12-06' }));
    expect(elements(stamped, 'meta')[0].getAttribute('lastmodifieddate')).toBe('2026-12-06');
  });

  // Every 7th monthly sample: many dates across the span, including around the 1971 war and 1991.
  const days = graph.samples.filter((_, k) => k % 7 === 0).map(formatDay);

  it.each(days)('matches the snapshot on %s', (day) => {
    const snap = snapshotAt(index, day);
    const nodes = elements(doc, 'node').filter((n) => spellsOf(n).some((s) => covers(s, day)));
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(snap.nodes.map((n) => n.id));
    expect(nodes.map((n) => valueAt(n, 'name', day))).toEqual(snap.nodes.map((n) => xmlSafe(n.label)));

    const edges = elements(doc, 'edge').filter((e) => spellsOf(e).some((s) => covers(s, day)));
    expect(edges.map((e) => e.getAttribute('id')).sort()).toEqual(snap.edges.map((e) => e.id).sort());
    const lasting = lastingPairs(snap)!;
    for (const el of edges) {
      const e = snap.edges.find((x) => x.id === el.getAttribute('id'))!;
      expect(Number(valueAt(el, 'sign', day))).toBe(e.sign);
      expect(Math.abs(Number(valueAt(el, 'score', day)) - e.score)).toBeLessThanOrEqual(STEP / 2 + 1e-9);
      expect(Number(valueAt(el, 'strength', day))).toBeGreaterThan(0);
      if (e.kind !== 'relation') continue;
      expect(Number(valueAt(el, 'events', day))).toBe(e.events);
      // The evidence behind each relation travels with it, as in the snapshot.
      const evidence = Number(valueAt(el, 'evidence', day));
      expect(Math.abs(evidence - e.evidence!)).toBeLessThanOrEqual(STEP / 2 + 1e-9);
      expect(Number(valueAt(el, 'confidence', day))).toBeCloseTo(confidenceOf(evidence, index.options), 4);
      expect(valueAt(el, 'insufficient', day)).toBe(String(e.insufficient === true));
      expect(valueAt(el, 'lasting', day)).toBe(String(lasting.has(pairKey(e.source, e.target))));
    }
  });

  // Event days and tie boundaries fall between monthly samples; relations must jump on the day.
  const jumpDays = [
    ...dataset.events.map((e) => parseDate(e.date)!.mid),
    ...dataset.ties.flatMap((t) => (t.from ? [parseDate(t.from)!.start] : [])),
  ].map(formatDay);

  it.each(jumpDays)('has the same relations, events and signs as the snapshot on %s', (day) => {
    const snap = snapshotAt(index, day);
    const relations = snap.edges.filter((e) => e.kind === 'relation');
    const edges = elements(doc, 'edge').filter(
      (e) => e.getAttribute('kind') === 'relation' && spellsOf(e).some((s) => covers(s, day)),
    );
    expect(edges.map((e) => e.getAttribute('id')).sort()).toEqual(relations.map((e) => e.id).sort());
    for (const el of edges) {
      const e = relations.find((x) => x.id === el.getAttribute('id'))!;
      expect([Number(valueAt(el, 'events', day)), Number(valueAt(el, 'sign', day))]).toEqual([
        e.events,
        e.sign,
      ]);
    }
  });

  it('catches ties shorter than a sampling period exactly (the 13-day 1971 war)', () => {
    const war = elements(doc, 'edge').find((e) => e.getAttribute('id') === 'tie:tie-war-1971')!;
    expect(spellsOf(war)).toEqual([{ start: '1971-12-03', end: '1971-12-16' }]);
  });

  it('merges unchanged values: a quantised score opens far fewer intervals than there are samples', () => {
    const rel = graph.edges.find((e) => e.id === 'rel:india~russia')!;
    const sampled = graph.samples.filter((d) => d >= rel.spells[0].start).length;
    expect(rel.sign.length).toBeLessThan(5);
    expect(rel.score.length).toBeLessThan(sampled / 4);
    // Consecutive runs touch without overlapping, so Gephi sees one value per day.
    for (let k = 1; k < rel.score.length; k++) expect(rel.score[k].start).toBe(rel.score[k - 1].end + 1);
  });

  it('tracks a renamed actor: the Soviet Union becomes Russia on 1991-12-26', () => {
    const russia = graph.nodes.find((n) => n.id === 'russia')!;
    expect(russia.labels.map((l) => formatDay(l.start))).toEqual(['1947-01-01', '1991-12-26']);
  });

  it('clips to a chosen range and samples quarterly', () => {
    const part = dynamicGraph(index, { from: 3000, to: 4000, step: 'quarter' });
    expect(part.span).toEqual({ start: 3000, end: 4000 });
    // 1000 days hold 11 quarter starts (day 3000 plus ten more, about 91 days apart).
    expect(part.samples.length).toBe(11);
    for (const e of part.edges) for (const s of e.spells) expect(s.start >= 3000 && s.end <= 4000).toBe(true);
  });
});
