import { describe, expect, it } from 'vitest';
import { indexDataset, layoutSpan, snapshotAt } from '../../../src/model';
import {
  datasetToDynamicGexf,
  edgesCsv,
  nodesCsv,
  snapshotToGexf,
  snapshotToGraphml,
  snapshotToJson,
  withBom,
} from '../../../src/model/export';
import { importFiles } from '../../../src/model/import';
import { loadFixture } from '../fixture';

/** Importing one of our own exports says what the file is and what to import instead. */
const dataset = loadFixture();
const index = indexDataset(dataset);
const snap = snapshotAt(index, '1971-12-10');
const positions = layoutSpan(index);

const messages = (files: { name: string; text: string }[]) => {
  const r = importFiles(files);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.map((i) => `${i.file}: ${i.message} (expected ${i.expected})`);
};

describe('importing an export instead of a dataset', () => {
  it.each([
    ['snapshot.json', snapshotToJson(snap)],
    ['snapshot-with-positions.json', snapshotToJson(snap, positions)],
    ['renamed.txt', snapshotToJson(snapshotAt(index, '1972-01-01', { windowFrom: '1971-01-01' }))],
  ])('%s is named as a snapshot, not a dataset', (name, text) => {
    const [message] = messages([{ name, text }]);
    expect(message).toMatch(
      /this is an Entente snapshot \(the graph at 19\d\d-\d\d-\d\d, as exported\), not a dataset/,
    );
    expect(message).toMatch(/import the dataset it came from/);
    expect(message).not.toMatch(/\$\.meta|expected object/);
  });

  it('the nodes/edges CSV pair (with or without a BOM) is named table by table', () => {
    const got = messages([
      { name: 'entente-1971-12-10-nodes.csv', text: withBom(nodesCsv(snap, positions), true) },
      { name: 'entente-1971-12-10-edges.csv', text: edgesCsv(snap) },
    ]);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/nodes\.csv: this is an Entente snapshot's nodes table/);
    expect(got[1]).toMatch(/edges\.csv: this is an Entente snapshot's edges table/);
    expect(got.join()).toMatch(/actors\.csv \+ events\.csv are the tables Entente imports/);
    expect(got.join()).not.toMatch(/more than one actors file/);
  });

  it('an edges.csv exported before the evidence columns is still named as an export', () => {
    const before =
      'id,source,target,kind,sign,weight,score,events,tie,role,label\r\nrel:a~b,a,b,relation,1,0.5,3,2,,,\r\n';
    expect(messages([{ name: 'old-edges.csv', text: before }])[0]).toMatch(/snapshot's edges table/);
  });

  it.each([
    ['graph.graphml', snapshotToGraphml(snap, positions), 'GraphML'],
    ['graph.gexf', snapshotToGexf(snap, positions), 'GEXF'],
    ['graph.xml', datasetToDynamicGexf(index), 'GEXF'],
  ])('%s is named as a %s graph file', (name, text, kind) => {
    const [message] = messages([{ name, text }]);
    expect(message).toContain(`this is a ${kind} graph file, not a dataset`);
  });

  it('a real dataset still imports', () => {
    const r = importFiles([{ name: 'mini.json', text: JSON.stringify(dataset) }]);
    expect(r.ok).toBe(true);
  });
});
