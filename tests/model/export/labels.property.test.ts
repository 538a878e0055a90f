import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Snapshot } from '../../../src/model';
import {
  edgesCsv,
  nodesCsv,
  snapshotToGexf,
  snapshotToGraphml,
  snapshotToJson,
  snapshotToSvg,
  unguardCsvText,
  oneLine,
  xmlSafe,
} from '../../../src/model/export';
import { elements, parseXml } from './helpers';

/** Any string as a node label and a tie label, including lone surrogates and control characters. */
const labelArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

function snapshotWith(label: string): Snapshot {
  return {
    at: '1971-12-15',
    nodes: [
      { id: 'a', label, kind: 'country' },
      { id: 'b', label: 'B', kind: 'organization' },
    ],
    edges: [
      {
        id: 'tie:t',
        source: 'a',
        target: 'b',
        kind: 'treaty',
        sign: 1,
        weight: 1,
        score: 1,
        tie: 't',
        label,
      },
    ],
  };
}

describe('any label round-trips through every format (property)', () => {
  it('JSON', () => {
    fc.assert(
      fc.property(
        labelArb,
        (label) => JSON.parse(snapshotToJson(snapshotWith(label))).nodes[0].label === label,
      ),
    );
  });

  it('GraphML, GEXF and SVG give back the label minus XML-illegal characters', () => {
    fc.assert(
      fc.property(labelArb, (label) => {
        const snap = snapshotWith(label);
        const want = xmlSafe(label);
        const graphml = parseXml(snapshotToGraphml(snap));
        const texts = elements(graphml, 'data').filter((d) =>
          ['n_label', 'e_label'].includes(d.getAttribute('key')!),
        );
        expect(texts.map((d) => d.textContent)).toEqual([want, 'B', want]);
        const gexf = parseXml(snapshotToGexf(snap));
        expect(elements(gexf, 'node')[0].getAttribute('label')).toBe(want);
        expect(elements(gexf, 'edge')[0].getAttribute('label')).toBe(want);
        const svg = parseXml(snapshotToSvg(snap));
        const labels = elements(svg, 'g').filter((g) => g.getAttribute('class') === 'node');
        // SVG text never holds a raw line break (renderers disagree on them): breaks become spaces.
        expect(elements(labels[0], 'text')[0].textContent).toBe(xmlSafe(oneLine(label)));
      }),
      { numRuns: 150 },
    );
  });

  it('CSV gives back the label exactly', () => {
    fc.assert(
      fc.property(labelArb, (label) => {
        const snap = snapshotWith(label);
        const opts = { header: true, skipEmptyLines: true, delimiter: ',', newline: '\r\n' } as const;
        const nodes = Papa.parse<Record<string, string>>(nodesCsv(snap), opts);
        const edges = Papa.parse<Record<string, string>>(edgesCsv(snap), opts);
        expect(unguardCsvText(nodes.data[0].label)).toBe(label);
        expect(unguardCsvText(edges.data[0].label)).toBe(label);
      }),
      { numRuns: 200 },
    );
  });
});
