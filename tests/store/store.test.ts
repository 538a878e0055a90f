import { describe, expect, test } from 'vitest';
import { parseDate } from '../../src/model';
import { createEntenteStore, selectSnapshot, selectVisibleSnapshot } from '../../src/store';
import { loadFixture } from '../model/fixture';

const day = (d: string) => parseDate(d)!.start;

describe('the store', () => {
  test('starts at the first day of the span and clamps time into it', () => {
    const store = createEntenteStore(loadFixture());
    expect(store.getState().time).toBe(day('1947-01-01'));
    store.getState().setTime(day('2050-01-01'));
    expect(store.getState().time).toBe(parseDate('2012')!.end);
  });

  test('stepping months moves time by calendar months', () => {
    const store = createEntenteStore(loadFixture(), day('1971-01-31'));
    store.getState().stepMonths(1);
    expect(store.getState().time).toBe(day('1971-02-28'));
    store.getState().stepMonths(-12);
    expect(store.getState().time).toBe(day('1970-02-28'));
  });

  test('the snapshot selector is memoised and follows time', () => {
    const store = createEntenteStore(loadFixture(), day('1971-12-10'));
    const a = selectSnapshot(store.getState());
    expect(selectSnapshot(store.getState())).toBe(a);
    store.getState().stepMonths(1);
    expect(selectSnapshot(store.getState())).not.toBe(a);
  });

  test('filters hide kinds, signs, light relations and categories', () => {
    const store = createEntenteStore(loadFixture(), day('1971-12-10'));
    const s = store.getState();
    s.setFilters({ signs: { positive: false, negative: true, neutral: true } });
    expect(
      selectVisibleSnapshot(store.getState()).edges.every((e) => e.kind !== 'relation' || e.sign <= 0),
    ).toBe(true);
    s.setFilters({ kinds: { country: true, leader: true, organization: false, group: true } });
    expect(selectVisibleSnapshot(store.getState()).nodes.some((n) => n.kind === 'organization')).toBe(false);
    s.resetFilters();
    s.setFilters({
      categories: {
        'verbal-cooperation': true,
        'material-cooperation': true,
        'verbal-conflict': true,
        'material-conflict': false,
      },
    });
    const ids = selectVisibleSnapshot(store.getState()).edges.map((e) => e.id);
    expect(ids).not.toContain('rel:india~pakistan');
  });

  test('a new dataset replaces the old one and clears the selection', () => {
    const store = createEntenteStore(loadFixture(), day('1971-12-10'));
    store.getState().select({ type: 'node', id: 'india' });
    const other = loadFixture();
    other.meta.name = 'Other';
    store.getState().setDataset(other);
    expect(store.getState().datasetName).toBe('Other');
    expect(store.getState().selection).toBeNull();
  });
});
