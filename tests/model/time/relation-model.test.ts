import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type Dataset,
  type DatasetEvent,
  type Tie,
  DEFAULT_ENGINE_OPTIONS,
  DAYS_PER_YEAR,
  explainEdge,
  indexDataset,
  snapshotAt,
  staleNote,
  toDay,
} from '../../../src/model';
import { datasetArb, dayArb } from '../arbitraries';

const O = DEFAULT_ENGINE_OPTIONS;

let n = 0;
function ev(date: string, score: number, more: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id: `e${n++}`,
    date,
    source: 'a',
    target: 'b',
    cameo: score >= 0 ? '05' : '11',
    score,
    summary: 'event',
    citations: [{ source: 'src', line: n }],
    ...more,
  };
}

function tie(type: Tie['type'], from: string, to?: string): Tie {
  return {
    id: `t${n++}`,
    type,
    source: 'a',
    target: 'b',
    from,
    ...(to ? { to } : {}),
    citations: [{ source: 'src' }],
  };
}

function world(events: DatasetEvent[], ties: Tie[] = []): Dataset {
  return {
    meta: { name: 'test', span: { from: '1950', to: '2010' } },
    sources: [{ id: 'src', title: 'source' }],
    actors: ['a', 'b'].map((id) => ({ id, kind: 'country' as const, labels: [{ label: id }], aliases: [] })),
    ties,
    events,
  };
}

const tone = (ds: Dataset, at: string, options = {}) =>
  snapshotAt(indexDataset(ds, options), at).edges.find((e) => e.kind === 'relation');

describe('the relation model (docs/MODEL.md)', () => {
  test('tone is a weighted mean shrunk toward the baseline; evidence is reported apart', () => {
    const ds = world([ev('1980-03-01', 8)], [tie('rivalry', '1970')]);
    const e = tone(ds, '1980-03-01')!;
    expect(e.score).toBeCloseTo((8 + O.kappa * -4) / (1 + O.kappa), 12);
    expect(e.evidence).toBeCloseTo(1, 12);
    expect(e.confidence).toBeCloseTo(1 / (1 + O.kappa), 12);
  });

  test('with no new events the tone decays toward the baseline in force, not toward 0', () => {
    const ds = world([ev('1980-03-01', -6)], [tie('alliance', '1970', '2000')]);
    const at = (y: string) => tone(ds, y)!.score;
    expect(at('1980-03-01')).toBeLessThan(at('1985'));
    expect(at('1985')).toBeLessThan(at('1988-01'));
    expect(at('1988-01')).toBeGreaterThan(5);
    // Once the alliance ends, the relation falls back toward 0 and then fades out.
    expect(Math.abs(tone(ds, '2001')?.score ?? 0)).toBeLessThan(0.1);
  });

  test('a baseline with no recent evidence is stale: flagged, its pull halving every stale half-life', () => {
    const ds = world([ev('1955-03-01', 6)], [tie('alliance', '1954-05-19', '1990')]);
    const { staleAfterYears: after, staleHalfLifeYears: half } = O;
    expect([after, half]).toEqual([8, 5]);
    const last = toDay('1955-03-01');
    const yearsAfter = (y: number) => Math.round(last + y * DAYS_PER_YEAR);
    const at = (ds2: Dataset, t: number, options = {}) =>
      snapshotAt(indexDataset(ds2, options), t).edges.find((e) => e.kind === 'relation');
    expect(at(ds, yearsAfter(after - 0.5))!.stale).toBeUndefined();
    // One stale half-life past the horizon: the alliance pulls with half its +6.
    const t = yearsAfter(after + half);
    const old = at(ds, t)!;
    expect(old.stale).toBe(true);
    const why = explainEdge(ds, 'a', 'b', t);
    expect(why.stale?.restingOn.type).toBe('alliance');
    expect(why.stale?.since).toBe('1955-03-01');
    expect(why.stale?.factor).toBeCloseTo(0.5, 3);
    expect(why.baseline).toBeCloseTo(3, 2);
    expect(why.standing[0].contribution).toBeCloseTo(why.baselineShare, 12);
    expect(staleNote(why)).toBe(
      'No recent evidence since 1955; resting on the 1954 alliance, its pull down to 50%.',
    );
    // A later event, even a hostile one, is fresh evidence: the alliance pulls fully again.
    const refreshed = world([ev('1955-03-01', 6), ev('1965-01-01', -2)], ds.ties);
    expect(at(refreshed, t)!.stale).toBeUndefined();
    // So is a lasting state that begins later.
    const renewed = world(ds.events, [...ds.ties, tie('treaty', '1962')]);
    expect(at(renewed, t)!.stale).toBeUndefined();
    // And the rule can be switched off by a long enough horizon.
    expect(at(ds, t, { staleAfterYears: 100 })!.stale).toBeUndefined();
  });

  test('a pair with little recent evidence and no lasting state reads "insufficient evidence"', () => {
    const ds = world([ev('1980-03-01', 5)]);
    const fresh = tone(ds, '1980-03-01')!;
    expect(fresh.insufficient).toBeUndefined();
    expect(fresh.sign).toBe(1);
    const old = tone(ds, '1984')!;
    expect(old.insufficient).toBe(true);
    expect(old.sign).toBe(0);
    // A lasting state in force is knowledge, so the same pair is never "insufficient" under it.
    const allied = tone(world([ev('1980-03-01', 5)], [tie('alliance', '1970')]), '1990')!;
    expect(allied.insufficient).toBeUndefined();
  });

  test('a threat is not outweighed by an equal number of courtesies (conflict weight)', () => {
    const ds = world([ev('1980-03-01', 2), ev('1980-03-02', -2)]);
    const e = tone(ds, '1980-03-03')!;
    expect(e.score).toBeLessThan(0);
    expect(tone(ds, '1980-03-03', { conflictWeight: 1 })!.score).toBeCloseTo(0, 3);
  });

  test('an episode counts its strongest act fully and the rest with a diminishing remainder', () => {
    const frags = [8, 3.5, 3, 1.9].map((s) => ev('1980-03-01', s, { episode: 'summit' }));
    const one = tone(world(frags), '1980-03-01')!;
    const r = O.episodeRemainder;
    expect(one.evidence).toBeCloseTo(1 + r + r * r + r * r * r, 12);
    expect(one.score).toBeCloseTo((8 + 3.5 * r + 3 * r * r + 1.9 * r ** 3) / (one.evidence! + O.kappa), 12);
    // Five separate summits' worth of fragments do not outweigh one accusation the way five events would.
    const accusation = ev('1980-03-06', -5);
    const mixed = tone(world([...frags, accusation]), '1980-03-07')!;
    const asSeparate = tone(
      world([...frags.map((e) => ({ ...e, episode: undefined })), accusation]),
      '1980-03-07',
    )!;
    expect(mixed.score).toBeLessThan(asSeparate.score);
  });

  test('undeclared episodes: one passage within a few weeks is one episode', () => {
    const cite = [{ source: 'src', line: 99 }];
    const a = ev('1980-03-01', 4, { citations: cite, cameo: '03' });
    const b = ev('1980-03-10', 4, { citations: cite, cameo: '04' });
    const why = explainEdge(indexDataset(world([a, b])), 'a', 'b', '1980-03-11');
    expect(why.episodes).toHaveLength(1);
    const far = ev('1980-09-10', 4, { citations: cite, cameo: '04' });
    expect(explainEdge(indexDataset(world([a, far])), 'a', 'b', '1980-09-11').episodes).toHaveLength(2);
  });

  test('a mirrored event (A->B and B->A citing the same sentence) never counts twice', () => {
    const cite = [{ source: 'src', line: 7 }];
    const ab = ev('1980-03-01', 8, { citations: cite, cameo: '057' });
    const ba = { ...ev('1980-03-01', 8, { citations: cite, cameo: '057' }), source: 'b', target: 'a' };
    const single = tone(world([ab]), '1980-03-02')!;
    const mirrored = tone(world([ab, ba]), '1980-03-02')!;
    expect(mirrored.evidence).toBeCloseTo(single.evidence!, 12);
    expect(mirrored.score).toBeCloseTo(single.score, 12);
  });

  test('a year-dated event enters gradually over its year, not as a spike on 1 July', () => {
    const ds = world([ev('1980', 6)]);
    // A very long half-life, so that only the spreading shows.
    const index = indexDataset(ds, { halfLifeYears: 1000 });
    const evidenceAt = (d: string) =>
      snapshotAt(index, d).edges.find((e) => e.kind === 'relation')?.evidence ?? 0;
    expect(evidenceAt('1980-01-10')).toBe(0);
    expect(evidenceAt('1980-02-01')).toBeCloseTo(1 / 12, 2);
    expect(evidenceAt('1980-06-30')).toBeGreaterThan(0.4);
    expect(evidenceAt('1980-06-30')).toBeLessThan(0.6);
    expect(evidenceAt('1980-12-31')).toBeGreaterThan(0.95);
  });

  test('an aggregate of many rows is strong evidence, its tone weight only log-scaled', () => {
    const mean = ev('1980-03-01', -3, { count: 300 });
    const e = tone(world([ev('1980-03-01', 6), mean]), '1980-03-01')!;
    const w = O.conflictWeight * (1 + Math.log(300));
    expect(e.evidence).toBeCloseTo(1 + w, 9);
    expect(e.score).toBeCloseTo((6 - 3 * w) / (1 + w + O.kappa), 9);
  });

  test('lasting states combine as strongest friendly plus strongest hostile; a treaty between rivals carries none', () => {
    const events = [ev('1960-03-01', 1)];
    // A horizon long enough that no state here goes stale: this is about how states combine.
    const fresh = { staleAfterYears: 100 };
    const base = (ties: Tie[]) =>
      explainEdge(indexDataset(world(events, ties), fresh), 'a', 'b', '1980').baseline;
    expect(base([tie('alliance', '1970'), tie('treaty', '1970')])).toBe(6);
    expect(base([tie('war', '1979'), tie('rivalry', '1970')])).toBe(-8);
    expect(base([tie('alliance', '1970'), tie('rivalry', '1970')])).toBe(2);
    expect(base([tie('treaty', '1972'), tie('rivalry', '1970')])).toBe(-4);
    const why = explainEdge(
      indexDataset(world(events, [tie('treaty', '1972'), tie('rivalry', '1970')]), fresh),
      'a',
      'b',
      '1980',
    );
    expect(why.standing.find((s) => s.tie.type === 'treaty')).toMatchObject({
      counts: false,
      contribution: 0,
    });
  });

  test("the inspector's parts (episodes and baseline) add up to the tone shown, at any day (property)", () => {
    const withTies = fc.tuple(
      datasetArb,
      fc.array(fc.constantFrom('alliance', 'treaty', 'rivalry', 'war', 'patronage', 'estrangement'), {
        maxLength: 3,
      }),
      fc.integer({ min: 1950, max: 2000 }),
    );
    fc.assert(
      fc.property(withTies, dayArb, ([ds, types, year], t) => {
        const ties = types.map((type, i) => ({
          id: `tie${i}`,
          type: type as Tie['type'],
          source: 'a0',
          target: 'a1',
          from: String(year + i),
          to: String(year + 5 * (i + 1)),
          citations: [{ source: 'src' }],
        }));
        const index = indexDataset({ ...ds, ties });
        for (const edge of snapshotAt(index, t).edges) {
          if (edge.kind !== 'relation') continue;
          const why = explainEdge(index, edge.source, edge.target, t);
          const episodes = why.episodes.reduce((s, ep) => s + ep.share, 0);
          const standing = why.standing.reduce((s, x) => s + x.contribution, 0);
          expect(episodes + why.baselineShare).toBeCloseTo(edge.score, 9);
          expect(standing).toBeCloseTo(why.baselineShare, 9);
          expect(why.evidence).toBeCloseTo(edge.evidence!, 9);
        }
      }),
      { numRuns: 80 },
    );
  });
});
