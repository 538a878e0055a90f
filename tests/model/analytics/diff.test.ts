import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Dataset, indexDataset, loadDatasetText } from '../../../src/model';
import { diffSnapshots } from '../../../src/model/analytics';

function mini(): Dataset {
  const loaded = loadDatasetText(readFileSync('tests/fixtures/mini.json', 'utf8'));
  if (!loaded.ok) throw new Error('fixture invalid');
  return loaded.dataset;
}

describe('comparing two dates', () => {
  const index = indexDataset(mini(), { halfLifeYears: 5 });

  it('finds the Russia-Pakistan flip between 1980 and 2004 and explains it with the events between', () => {
    const diff = diffSnapshots(index, '1980-06-01', '2004-01-01');
    const rp = diff.changes.find((c) => c.id === 'rel:pakistan~russia')!;
    expect(rp.kind).toBe('flipped');
    expect(rp.before!.sign).toBe(-1);
    expect(rp.after!.sign).toBe(1);
    expect(rp.sourceLabel).toBe('Pakistan');
    expect(rp.targetLabel).toBe('Russia');
    // The 1979 event is dated by year only: its weight is spread over 1979, so it is all in before A.
    expect(rp.events.map((e) => e.id)).toEqual(['ev-1999-accuse', 'ev-2003-visit', 'ev-2003-agree']);
  });

  it('lists faded wartime and treaty relations as vanished, sorted by the size of the change', () => {
    const diff = diffSnapshots(index, '1972-01-01', '2004-01-01');
    const byId = new Map(diff.changes.map((c) => [c.id, c]));
    expect(byId.get('rel:india~pakistan')!.kind).toBe('vanished');
    expect(byId.get('rel:india~pakistan')!.events).toEqual([]); // decay alone explains it
    expect(byId.get('rel:india~russia')!.kind).toBe('vanished');
    const sizes = diff.changes.map((c) => Math.abs(c.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(diff.counts.vanished).toBeGreaterThanOrEqual(2);
    expect(diff.from).toBe('1972-01-01');
  });

  it('reports relations that appear and ties that come into force', () => {
    const diff = diffSnapshots(index, '1950', '1972-01-01');
    const kinds = Object.fromEntries(diff.changes.map((c) => [c.id, c.kind]));
    expect(kinds['rel:india~pakistan']).toBe('appeared');
    expect(kinds['rel:india~russia']).toBe('appeared');
    expect(diff.changes.find((c) => c.id === 'rel:india~russia')!.events.map((e) => e.id)).toEqual([
      'ev-1971-treaty',
    ]);
    expect(diff.ties.map((t) => `${t.tie}:${t.kind}`)).toEqual(['tie-pak-seato:appeared']);
  });

  it('is empty when both dates are the same', () => {
    const diff = diffSnapshots(index, '1990-05-01', '1990-05-01');
    expect(diff.changes).toEqual([]);
    expect(diff.ties).toEqual([]);
  });
});

describe('ties that explain a change', () => {
  it('names a war that began between the dates as a reason, besides the events', () => {
    const index = indexDataset(mini(), { halfLifeYears: 5 });
    const diff = diffSnapshots(index, '1971-11-01', '1971-12-10');
    const ip = diff.changes.find((c) => c.id === 'rel:india~pakistan')!;
    expect(ip.events.map((e) => e.id)).toEqual(['ev-1971-war']);
    expect(ip.standing).toMatchObject([{ tie: 'tie-war-1971', type: 'war', change: 'began' }]);
    const after = diffSnapshots(index, '1971-12-10', '1972-01-01');
    const ended = after.changes.find((c) => c.id === 'rel:india~pakistan')!;
    expect(ended.standing).toMatchObject([{ tie: 'tie-war-1971', change: 'ended' }]);
    expect(ended.events).toEqual([]);
  });
});

describe('the direction and the neutral band of a comparison', () => {
  it('diffs backwards consistently: a war that began going forward ended going backward', () => {
    const index = indexDataset(mini(), { halfLifeYears: 5 });
    const back = diffSnapshots(index, '1971-12-10', '1971-11-01');
    const ip = back.changes.find((c) => c.id === 'rel:india~pakistan')!;
    expect(ip.standing).toMatchObject([{ tie: 'tie-war-1971', change: 'ended' }]);
    const forward = diffSnapshots(index, '1971-11-01', '1971-12-10');
    const fw = forward.changes.find((c) => c.id === 'rel:india~pakistan')!;
    expect(ip.kind).toBe(fw.kind === 'appeared' ? 'vanished' : fw.kind === 'vanished' ? 'appeared' : ip.kind);
    expect(ip.events.map((e) => e.id)).toEqual(fw.events.map((e) => e.id));
  });

  it('strengthened and weakened are same-sign only: a pair neutral at both dates is no change', () => {
    const event = (id: string, date: string, score: number) => ({
      id,
      date,
      source: 'a',
      target: 'b',
      cameo: score > 0 ? '05' : '11',
      score,
      summary: id,
      citations: [{ source: 's', line: 1 }],
    });
    const data: Dataset = {
      meta: { name: 'neutral pair', span: { from: '1980', to: '1981' } },
      sources: [{ id: 's', title: 'generated' }],
      actors: ['a', 'b'].map((id) => ({
        id,
        kind: 'country' as const,
        labels: [{ label: id }],
        aliases: [],
      })),
      ties: [],
      // The pair moves from -0.59 to +0.90 and never leaves the neutral band (|score| <= 1).
      events: [event('hostile', '1980-01-01', -0.59), event('friendly', '1980-06-01', 1.49)],
    };
    const index = indexDataset(data, { halfLifeYears: 1000 });
    const diff = diffSnapshots(index, '1980-03-01', '1980-07-01', { minChange: 0 });
    expect(diff.changes).toEqual([]);
    expect(diff.counts.strengthened).toBe(0);
  });
});
