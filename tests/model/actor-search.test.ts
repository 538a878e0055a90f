import { describe, expect, test } from 'vitest';
import { indexDataset, parseDate } from '../../src/model';
import { actorProfile } from '../../src/model/actor-profile';
import { foldText, searchActors } from '../../src/model/actor-search';
import { citationText, formatSpan } from '../../src/model/citations';
import { snapshotAt } from '../../src/model';
import { loadFixture } from './fixture';

const day = (d: string) => parseDate(d)!.start;
const index = indexDataset(loadFixture());

describe('actor search', () => {
  test('finds actors by current label, old label and alias, best match first', () => {
    expect(searchActors(index, 'russ', day('2000'))[0]).toMatchObject({ id: 'russia', label: 'Russia' });
    expect(searchActors(index, 'soviet', day('2000'))[0]).toMatchObject({
      id: 'russia',
      via: 'Soviet Union',
    });
    expect(searchActors(index, 'ussr', day('1970'))[0]).toMatchObject({ id: 'russia', via: 'USSR' });
    expect(searchActors(index, 'delhi', day('1970')).map((m) => m.id)).toEqual(['india']);
    expect(searchActors(index, 'pak', day('1970'))[0].id).toBe('pakistan');
  });

  test('ignores case and accents and returns nothing for blank queries', () => {
    expect(foldText('  Pākistan ')).toBe('pakistan');
    expect(searchActors(index, 'PĀK', day('1970'))[0].id).toBe('pakistan');
    expect(searchActors(index, '   ', day('1970'))).toEqual([]);
    expect(searchActors(index, 'zzz', day('1970'))).toEqual([]);
  });
});

describe('actor profile', () => {
  test('lists ties and the strongest friends and rivals at t', () => {
    const t = day('1971-12-10');
    const profile = actorProfile(index, snapshotAt(index, t), t, 'pakistan')!;
    expect(profile.label).toBe('Pakistan');
    expect(profile.ties.map((x) => x.tie.id)).toEqual(['tie-pak-seato', 'tie-war-1971', 'tie-musharraf']);
    expect(profile.ties.find((x) => x.tie.id === 'tie-war-1971')!.activeNow).toBe(true);
    expect(profile.rivals[0].other).toBe('india');
    const t2 = day('1956-01-01');
    const earlier = actorProfile(index, snapshotAt(index, t2), t2, 'pakistan')!;
    expect(earlier.friends.map((f) => f.other)).toEqual(['usa']);
    expect(actorProfile(index, snapshotAt(index, t), t, 'nobody')).toBeNull();
  });
});

describe('citations and spans', () => {
  test('read as short source names with line numbers', () => {
    const dataset = {
      ...loadFixture(),
      sources: [
        { id: 'k', title: 'Less-Than-Great Expectations', author: 'Mark N. Katz', published: '2005' },
        { id: 'x', title: 'Evil', url: 'javascript:alert(1)' },
      ],
    };
    expect(citationText(dataset, { source: 'k', line: 12 }).short).toBe('Katz 2005, line 12');
    expect(citationText(dataset, { source: 'x' }).url).toBeUndefined();
    expect(citationText(dataset, { source: 'gone', line: 3 }).short).toBe('gone, line 3');
    expect(formatSpan({ start: day('1954-09-08'), end: 1e9 })).toBe('from 1954-09-08');
    expect(formatSpan({ start: -1e9, end: 1e9 })).toBe('always');
  });
});
