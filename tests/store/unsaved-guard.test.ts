import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntenteStore } from '../../src/store';
import { guardUnsavedImports } from '../../src/boot/unsaved-guard';
import { ACTORS_CSV, EVENTS_CSV, MINI_JSON, datasetOf, importOne } from '../model/import/helpers';

const bundled = () => datasetOf(importOne('mini.json', MINI_JSON));
const goodFiles = () => [
  { name: 'actors.csv', text: ACTORS_CSV },
  { name: 'events.csv', text: EVENTS_CSV },
];

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

/** A window that only keeps beforeunload listeners, and asks them as a page that is going away. */
function fakeWindow() {
  const listeners: ((e: BeforeUnloadEvent) => void)[] = [];
  return {
    addEventListener: (_: string, l: (e: BeforeUnloadEvent) => void) => listeners.push(l),
    removeEventListener: (_: string, l: (e: BeforeUnloadEvent) => void) =>
      listeners.splice(listeners.indexOf(l), 1),
    /** True when a listener asked the browser to confirm leaving. */
    leaving: () => {
      const event = { defaultPrevented: false, returnValue: undefined as unknown } as BeforeUnloadEvent;
      (event as { preventDefault: () => void }).preventDefault = () =>
        Object.assign(event, { defaultPrevented: true });
      listeners.forEach((l) => l(event));
      return event.defaultPrevented;
    },
  } as unknown as Window & { leaving: () => boolean };
}

describe('leaving the page while an import is not yet stored', () => {
  it('asks before the page goes away until the import is stored, then lets it go', async () => {
    const store = createEntenteStore(bundled());
    const win = fakeWindow();
    guardUnsavedImports(store, win);
    expect(win.leaving()).toBe(false);
    const counts: number[] = [];
    store.subscribe(
      (s, before) => s.unsavedImports !== before.unsavedImports && counts.push(s.unsavedImports),
    );
    const importing = store.getState().importDatasetFiles(goodFiles());
    await vi.waitFor(() => expect(counts).toContain(1));
    expect(await importing).toBe(true);
    expect(store.getState().unsavedImports).toBe(0);
    expect(counts).toEqual([1, 0]);
    expect(win.leaving()).toBe(false);
  });

  it('asks while one is unsaved', () => {
    const store = createEntenteStore(bundled());
    const win = fakeWindow();
    const stop = guardUnsavedImports(store, win);
    store.setState({ unsavedImports: 1 });
    expect(win.leaving()).toBe(true);
    stop();
    expect(win.leaving()).toBe(false);
  });
});
