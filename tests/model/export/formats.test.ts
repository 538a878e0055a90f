import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Snapshot, layoutGraph, snapshotAt } from '../../../src/model';
import {
  edgeValues,
  edgesCsv,
  lastingPairs,
  nodesCsv,
  snapshotToGexf,
  snapshotToGraphml,
  snapshotToJson,
  snapshotToSvg,
  unguardCsvText,
  oneLine,
  xmlSafe,
} from '../../../src/model/export';
import { DATES, child, elements, hostileDataset, parseXml } from './helpers';

const dataset = hostileDataset();
const cases = DATES.map((at) => [at, snapshotAt(dataset, at)] as const);
const windowed = snapshotAt(dataset, '1972-01-01', { windowFrom: '1971-01-01' });

/** Reads `<data key=...>` children of a GraphML element into a record. */
function graphmlData(el: Parameters<typeof child>[0]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of elements(el, 'data')) out[d.getAttribute('key')!] = d.textContent ?? '';
  return out;
}

function gexfValues(el: Parameters<typeof child>[0]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of elements(el, 'attvalue')) out[v.getAttribute('for')!] = v.getAttribute('value')!;
  return out;
}

const optional = (v: string | number | boolean | undefined) => (v === undefined ? undefined : String(v));

/** The evidence fields of an edge as text (what every format writes), undefined where they do not apply. */
function evidenceText(snap: Snapshot, e: Snapshot['edges'][number]) {
  const v = edgeValues(e, lastingPairs(snap));
  return {
    evidence: optional(v.evidence),
    confidence: optional(v.confidence),
    insufficient: optional(v.insufficient),
    lasting: optional(v.lasting),
  };
}

describe.each([...cases, ['window 1971', windowed] as const])(
  'exports of the snapshot at %s',
  (_, snap: Snapshot) => {
    const positions = layoutGraph(snap);

    it('JSON is the snapshot itself', () => {
      expect(JSON.parse(snapshotToJson(snap))).toEqual(snap);
    });

    it('GraphML has every node and edge with the same values', () => {
      const doc = parseXml(snapshotToGraphml(snap, positions));
      const nodes = elements(doc, 'node');
      expect(nodes.map((n) => n.getAttribute('id'))).toEqual(snap.nodes.map((n) => n.id));
      nodes.forEach((el, i) => {
        const d = graphmlData(el);
        expect(d.n_label).toBe(xmlSafe(snap.nodes[i].label));
        expect(d.n_kind).toBe(snap.nodes[i].kind);
        expect(Number(d.n_x)).toBe(positions.get(snap.nodes[i].id)!.x);
      });
      const edges = elements(doc, 'edge');
      expect(edges).toHaveLength(snap.edges.length);
      edges.forEach((el, i) => {
        const e = snap.edges[i];
        const d = graphmlData(el);
        expect([el.getAttribute('source'), el.getAttribute('target')]).toEqual([e.source, e.target]);
        expect({
          kind: d.e_kind,
          sign: Number(d.e_sign),
          weight: Number(d.e_weight),
          score: Number(d.e_score),
        }).toEqual({ kind: e.kind, sign: e.sign, weight: e.weight, score: e.score });
        expect(optional(d.e_label)).toBe(optional(e.label === undefined ? undefined : xmlSafe(e.label)));
        expect(optional(d.e_events)).toBe(optional(e.events));
        expect({
          evidence: d.e_evidence,
          confidence: d.e_confidence,
          insufficient: d.e_insufficient,
          lasting: d.e_lasting,
        }).toEqual(evidenceText(snap, e));
      });
      const graph = graphmlData(elements(doc, 'graph')[0]);
      expect([graph.g_at, graph.g_window_from, graph.g_window_to]).toEqual([
        snap.at,
        snap.window?.from,
        snap.window?.to,
      ]);
      const keys = elements(doc, 'key').map((k) => k.getAttribute('attr.name'));
      expect(keys).toEqual(expect.arrayContaining(['label', 'kind', 'sign', 'weight', 'score', 'events']));
    });

    it('GEXF has every node and edge with the same values', () => {
      const doc = parseXml(snapshotToGexf(snap, positions, 'undirected', '2026-12-06'));
      expect(doc.documentElement!.getAttribute('version')).toBe('1.3');
      // The date shown is on <graph> (networkx keeps it); meta says when the file was written.
      const graph = elements(doc, 'graph')[0];
      expect([graph.getAttribute('start'), graph.getAttribute('end')]).toEqual([
        snap.window?.from ?? snap.at,
        snap.at,
      ]);
      expect(elements(doc, 'meta')[0].getAttribute('lastmodifieddate')).toBe('2026-12-06');
      const nodes = elements(doc, 'node');
      expect(nodes.map((n) => [n.getAttribute('id'), n.getAttribute('label')])).toEqual(
        snap.nodes.map((n) => [n.id, xmlSafe(n.label)]),
      );
      expect(nodes.map((n) => gexfValues(n).kind)).toEqual(snap.nodes.map((n) => n.kind));
      const edges = elements(doc, 'edge');
      expect(edges).toHaveLength(snap.edges.length);
      edges.forEach((el, i) => {
        const e = snap.edges[i];
        const v = gexfValues(el);
        expect(Number(el.getAttribute('weight'))).toBe(e.weight);
        expect({ kind: v.kind, sign: Number(v.sign), score: Number(v.score) }).toEqual({
          kind: e.kind,
          sign: e.sign,
          score: e.score,
        });
        const { evidence, confidence, insufficient, lasting } = v;
        expect({ evidence, confidence, insufficient, lasting }).toEqual(evidenceText(snap, e));
      });
    });

    it('CSV round-trips through a CSV parser', () => {
      const opts = { header: true, skipEmptyLines: true } as const;
      const nodes = Papa.parse<Record<string, string>>(nodesCsv(snap, positions), opts);
      expect(nodes.errors).toEqual([]);
      expect(nodes.data.map((r) => ({ id: r.id, label: unguardCsvText(r.label), kind: r.kind }))).toEqual(
        snap.nodes.map(({ id, label, kind }) => ({ id, label, kind })),
      );
      const edges = Papa.parse<Record<string, string>>(edgesCsv(snap), opts);
      expect(edges.errors).toEqual([]);
      expect(edges.data).toHaveLength(snap.edges.length);
      edges.data.forEach((r, i) => {
        const e = snap.edges[i];
        expect([r.id, r.source, r.target, r.kind]).toEqual([e.id, e.source, e.target, e.kind]);
        expect([Number(r.sign), Number(r.weight), Number(r.score)]).toEqual([e.sign, e.weight, e.score]);
        expect(r.label === '' ? undefined : unguardCsvText(r.label)).toBe(e.label);
        const blank = (text: string) => (text === '' ? undefined : text);
        expect({
          evidence: blank(r.evidence),
          confidence: blank(r.confidence),
          insufficient: blank(r.insufficient),
          lasting: blank(r.lasting),
        }).toEqual(evidenceText(snap, e));
      });
    });

    it('SVG is well-formed with one shape per node, one line per edge, the names and the date', () => {
      const svg = snapshotToSvg(snap, positions);
      const doc = parseXml(svg);
      const nodeGroups = elements(doc, 'g').filter((g) => g.getAttribute('class') === 'node');
      expect(nodeGroups.map((g) => g.getAttribute('data-id'))).toEqual(snap.nodes.map((n) => n.id));
      // The full name is each node's tooltip (the drawn label may be shortened or left out).
      expect(nodeGroups.map((g) => child(g, 'title')!.textContent)).toEqual(
        snap.nodes.map((n) => xmlSafe(oneLine(n.label))),
      );
      expect(elements(doc, 'path').filter((p) => p.getAttribute('class') === 'edge')).toHaveLength(
        snap.edges.length,
      );
      const date = elements(doc, 'text').find((t) => t.getAttribute('class') === 'date')!;
      expect(date.textContent).toBe(snap.window ? `${snap.window.from} – ${snap.window.to}` : snap.at);
      expect(elements(doc, 'g').some((g) => g.getAttribute('class') === 'legend')).toBe(true);
      expect(elements(doc, 'script')).toHaveLength(0);
    });
  },
);

describe('SVG options', () => {
  const snap = cases[2][1];
  it('leaves the background out when transparent and places nodes without positions', () => {
    const doc = parseXml(
      snapshotToSvg(snap, undefined, { background: null, legend: false, width: 400, height: 300 }),
    );
    expect(elements(doc, 'rect').filter((r) => r.getAttribute('class') === 'background')).toHaveLength(0);
    expect(doc.documentElement!.getAttribute('width')).toBe('400');
    const circles = [
      ...elements(doc, 'circle').map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
      ...elements(doc, 'rect').map((r) => [
        Number(r.getAttribute('x')) + 10,
        Number(r.getAttribute('y')) + 10,
      ]),
    ];
    expect(circles.length).toBeGreaterThan(0);
    for (const [x, y] of circles) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(400);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(300);
    }
  });
});
