import { describe, expect, test } from 'vitest';
import { parseDate } from '../../src/model';
import { createEntenteStore } from '../../src/store';
import { loadFixture } from '../model/fixture';

const day = (d: string) => parseDate(d)!.start;

describe('analytics slice', () => {
  test('starts with every analytics view off', () => {
    const s = createEntenteStore(loadFixture()).getState();
    expect(s.campsView).toBe(false);
    expect(s.compare).toBeNull();
    expect(s.sizeBy).toBeNull();
  });

  test('comparing moves time to date B and keeps both dates inside the span', () => {
    const store = createEntenteStore(loadFixture(), day('1960-01-01'));
    store.getState().setCompare(day('1900-01-01'), day('2004-01-01'));
    const { compare, time, index } = store.getState();
    expect(compare).toEqual({ from: index.span.start, to: day('2004-01-01') });
    expect(time).toBe(day('2004-01-01'));
    store.getState().clearCompare();
    expect(store.getState().compare).toBeNull();
    expect(store.getState().time).toBe(day('2004-01-01'));
  });

  test('starting a comparison clears the selection, which would dim the changes it marks', () => {
    const store = createEntenteStore(loadFixture(), day('1960-01-01'));
    store.getState().select({ type: 'node', id: 'india' });
    store.getState().setCompare(day('1950-01-01'), day('1970-01-01'));
    expect(store.getState().selection).toBeNull();
    // A selection made while comparing stays when the dates are changed.
    store.getState().select({ type: 'node', id: 'india' });
    store.getState().setCompare(day('1955-01-01'), day('1970-01-01'));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'india' });
  });

  test('camps view and node sizing are plain switches', () => {
    const store = createEntenteStore(loadFixture());
    store.getState().setCampsView(true);
    store.getState().setSizeBy('totalStrength');
    expect(store.getState()).toMatchObject({ campsView: true, sizeBy: 'totalStrength' });
    store.getState().setSizeBy(null);
    expect(store.getState().sizeBy).toBeNull();
  });
});
