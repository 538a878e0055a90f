import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay, indexDataset, layoutSpan, snapshotAt } from '../../src/model';
import {
  isDirectedEdge,
  datasetToDynamicGexf,
  dynamicGraph,
  edgeValues,
  edgesCsv,
  lastingPairs,
  snapshotToGexf,
  snapshotToGraphml,
  xmlSafe,
} from '../../src/model/export';
import { loadFixture } from '../model/fixture';
import { hostileDataset } from '../model/export/helpers';

/**
 * Opens our GraphML and GEXF exports in the Python libraries people use (networkx, igraph) and checks
 * they read every node, edge and attribute back. Each library is looked for in `python3` and in the
 * system Python (Debian's python3-igraph installs there); a test is skipped, saying why, when absent.
 */
const SCRIPT = resolve(import.meta.dirname, 'read_graph.py');
const PYTHONS = ['python3', '/usr/bin/python3'];

function pythonWith(module: string): string | undefined {
  return PYTHONS.find((py) => spawnSync(py, ['-c', `import ${module}`]).status === 0);
}

interface Read {
  library: string;
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: { ends: [string, string]; data: Record<string, unknown> }[];
}

const dir = mkdtempSync(join(tmpdir(), 'entente-interop-'));
function read(python: string, library: string, file: string, text: string): Read {
  const path = join(dir, file);
  writeFileSync(path, text);
  const format = file.endsWith('.graphml') ? 'graphml' : file.endsWith('.csv') ? 'csv' : 'gexf';
  const r = spawnSync(python, [SCRIPT, library, format, path], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${library} could not read ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Read;
}

const bundled = loadFixture('../../data/entente.json');
const cases = [
  ['bundled dataset, 1971-12-15', bundled, '1971-12-15'],
  ['bundled dataset, 2003-03-01', bundled, '2003-03-01'],
  ['hostile labels, 1971-12-10', hostileDataset(), '1971-12-10'],
] as const;

const NETWORKX = pythonWith('networkx');
const IGRAPH = pythonWith('igraph');
const PANDAS = pythonWith('pandas');
const skipNote = (module: string, hint: string) =>
  `skipped: no Python with ${module} (${PYTHONS.join(', ')} tried; ${hint})`;

type Edge = ReturnType<typeof snapshotAt>['edges'][number];

/** Edge attributes as the snapshot has them; absent ones are what each reader reports for "none". */
function expectedEdge(e: Edge, none: unknown, lasting: ReadonlySet<string> | undefined) {
  const or = (v: unknown) => (v === undefined ? none : typeof v === 'string' ? xmlSafe(v) : v);
  const v = edgeValues(e, lasting);
  return {
    kind: e.kind,
    sign: e.sign,
    weight: e.weight,
    score: e.score,
    events: or(e.events),
    evidence: or(v.evidence),
    confidence: or(v.confidence),
    insufficient: or(v.insufficient),
    lasting: or(v.lasting),
    tie: or(e.tie),
    role: or(e.role),
    label: or(e.label),
    directed: isDirectedEdge(e),
    from: e.source,
    to: e.target,
  };
}

/** What igraph reports on a tie for the relation-only attributes: NaN (null here) and false. */
const IGRAPH_NO_RELATION = {
  events: null,
  evidence: null,
  confidence: null,
  insufficient: false,
  lasting: false,
};

describe.each(cases)('%s', (_, dataset, at) => {
  const index = indexDataset(dataset);
  const snap = snapshotAt(index, at);
  const positions = layoutSpan(index);
  const byId = new Map(snap.edges.map((e) => [e.id, e]));
  const lasting = lastingPairs(snap);

  it.skipIf(!NETWORKX)(
    NETWORKX
      ? 'networkx reads the GraphML back: counts and every attribute'
      : skipNote('networkx', 'pip install networkx'),
    () => {
      const g = read(NETWORKX!, 'networkx', 'snap.graphml', snapshotToGraphml(snap, positions));
      expect(g.directed).toBe(false);
      expect(g.graph.at).toBe(snap.at);
      expect(Object.keys(g.nodes).sort()).toEqual(snap.nodes.map((n) => n.id).sort());
      for (const n of snap.nodes)
        expect(g.nodes[n.id]).toEqual({ label: xmlSafe(n.label), kind: n.kind, ...positions.get(n.id) });
      expect(g.edges).toHaveLength(snap.edges.length);
      for (const { ends, data } of g.edges) {
        const e = byId.get(String(data.id))!;
        expect(ends).toEqual([e.source, e.target].sort());
        const { id: _id, ...rest } = data;
        const want = Object.fromEntries(
          Object.entries(expectedEdge(e, undefined, lasting)).filter(([, v]) => v !== undefined),
        );
        expect(rest).toEqual(want);
      }
    },
  );

  it.skipIf(!NETWORKX)(
    NETWORKX
      ? 'networkx reads the static GEXF back: counts, attributes, positions'
      : skipNote('networkx', 'pip install networkx'),
    () => {
      const g = read(NETWORKX!, 'networkx', 'snap.gexf', snapshotToGexf(snap, positions));
      // networkx drops <meta>; the date it keeps is the graph's start and end.
      expect([g.graph.start, g.graph.end]).toEqual([snap.at, snap.at]);
      expect(Object.keys(g.nodes)).toHaveLength(snap.nodes.length);
      for (const n of snap.nodes) {
        const got = g.nodes[n.id] as { label: string; kind: string; viz: { position: object } };
        expect([got.label, got.kind]).toEqual([xmlSafe(n.label), n.kind]);
        const p = positions.get(n.id)!;
        expect(got.viz.position).toEqual({ x: p.x, y: -p.y, z: 0 });
      }
      expect(g.edges).toHaveLength(snap.edges.length);
      for (const { ends, data } of g.edges) {
        const e = byId.get(String(data.id))!;
        expect(ends).toEqual([e.source, e.target].sort());
        const want = expectedEdge(e, undefined, lasting);
        for (const [key, value] of Object.entries(want)) expect([key, data[key]]).toEqual([key, value]);
      }
    },
  );

  it.skipIf(!PANDAS)(
    PANDAS
      ? 'pandas reads edges.csv with the evidence: numbers as floats, flags as booleans'
      : skipNote('pandas', 'pip install pandas, or apt-get install python3-pandas'),
    () => {
      const t = read(PANDAS!, 'pandas', 'edges.csv', edgesCsv(snap)) as unknown as {
        dtypes: Record<string, string>;
        rows: Record<string, unknown>[];
      };
      expect(t.rows).toHaveLength(snap.edges.length);
      expect([t.dtypes.evidence, t.dtypes.confidence]).toEqual(['float64', 'float64']);
      for (const row of t.rows) {
        const e = byId.get(String(row.id))!;
        const v = edgeValues(e, lasting);
        const none = (x: unknown) => (x === undefined ? null : x);
        expect(row.sign).toBe(e.sign);
        // pandas' default float parser may differ from the shortest round-trip text in the last bit
        // (float_precision="round_trip" reads it exactly); the 12th digit is far below any use.
        for (const [got, want] of [
          [row.score, e.score],
          [row.evidence, v.evidence],
          [row.confidence, v.confidence],
        ] as const)
          if (want === undefined) expect(got).toBeNull();
          else expect(got as number).toBeCloseTo(want as number, 12);
        expect([row.insufficient, row.lasting]).toEqual([none(v.insufficient), none(v.lasting)]);
      }
    },
  );

  it.skipIf(!IGRAPH)(
    IGRAPH
      ? 'igraph reads the GraphML back, direction recoverable from attributes'
      : skipNote('igraph', 'apt-get install python3-igraph'),
    () => {
      const g = read(IGRAPH!, 'igraph', 'snap.graphml', snapshotToGraphml(snap, positions));
      expect(Object.keys(g.nodes).sort()).toEqual(snap.nodes.map((n) => n.id).sort());
      expect(g.edges).toHaveLength(snap.edges.length);
      for (const { ends, data } of g.edges) {
        const e = byId.get(String(data.id))!;
        expect(ends).toEqual([e.source, e.target].sort());
        // igraph fills an absent string with "" and an absent number with NaN (null here); ints as floats.
        const want = expectedEdge(e, '', lasting);
        if (e.kind !== 'relation') Object.assign(want, IGRAPH_NO_RELATION);
        const { id: _id, ...rest } = data;
        expect(rest).toEqual(want);
      }
    },
  );
});

describe('dynamic GEXF of the bundled dataset', () => {
  const index = indexDataset(bundled);
  const positions = layoutSpan(index);
  const graph = dynamicGraph(index);
  const day = (d: number) => formatDay(d);

  it.skipIf(!NETWORKX)(
    NETWORKX
      ? 'networkx reads every node with its position, every edge with its spells and time series'
      : skipNote('networkx', 'pip install networkx'),
    () => {
      const g = read(NETWORKX!, 'networkx', 'dyn.gexf', datasetToDynamicGexf(index, { positions }));
      expect(g.graph.mode).toBe('dynamic');
      expect(Object.keys(g.nodes)).toHaveLength(graph.nodes.length);
      for (const n of graph.nodes) {
        const got = g.nodes[n.id] as { name: unknown; viz: { position?: unknown }; start: string };
        expect(got.viz.position).toBeDefined();
        expect(got.name).toEqual(n.labels.map((l) => [xmlSafe(l.value), day(l.start), day(l.end)]));
      }
      expect(g.edges).toHaveLength(graph.edges.length);
      const edges = new Map(graph.edges.map((e) => [e.id, e]));
      let values = 0;
      for (const { data } of g.edges) {
        const e = edges.get(String(data.id))!;
        // The series survives in full (networkx would collapse an attribute titled "weight").
        expect(data.strength).toEqual(e.weight.map((r) => [r.value, day(r.start), day(r.end)]));
        expect(data.score).toEqual(e.score.map((r) => [r.value, day(r.start), day(r.end)]));
        // The evidence series of a relation come back whole too (ties have none).
        for (const key of ['evidence', 'confidence', 'insufficient', 'lasting'] as const) {
          const runs = e[key].map((r) => [r.value, day(r.start), day(r.end)]);
          expect([key, data[key]]).toEqual([key, runs.length > 0 ? runs : undefined]);
        }
        expect(data.weight).toBe(Math.max(...e.weight.map((r) => r.value)));
        const spells = e.spells.map((s) => [day(s.start), day(s.end)]);
        if (spells.length > 1) expect(data.spells).toEqual(spells);
        else expect([data.start, data.end]).toEqual(spells[0]);
        expect([data.directed, data.from, data.to]).toEqual([isDirectedEdge(e), e.source, e.target]);
        values += (data.strength as unknown[]).length;
      }
      // The bundled data's series: well over a thousand dated values, all of them read back.
      expect(values).toBeGreaterThan(1000);
    },
  );
});
