import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, parseDate } from '../../src/model';
import { createEntenteStore } from '../../src/store';
import { startUrlSync } from '../../src/store/url-sync';
import { loadFixture } from '../model/fixture';

/** Just the parts of window the sync touches; the URL it writes is recorded. */
function fakeWindow(search: string) {
  const urls: string[] = [];
  const win = {
    location: { search, pathname: '/app/', hash: '' },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        urls.push(url);
        win.location.search = url.slice(url.indexOf('?'));
      },
    },
  };
  return { win: win as unknown as Window, urls };
}

const day = (s: string) => parseDate(s)!.start;

afterEach(() => {
  vi.useRealTimers();
});

describe('share link sync', () => {
  it('applies the model settings a link carries, and writes changed ones back', async () => {
    const store = createEntenteStore(loadFixture());
    const { win } = fakeWindow('?t=1971-12-15&hl=5&kappa=4&base=0');
    startUrlSync(store, win, 0);
    await vi.waitFor(() => expect(store.getState().index.options.halfLifeYears).toBe(5));
    const o = store.getState().index.options;
    expect(o.kappa).toBe(4);
    expect(o.standing).toEqual({});
    expect(store.getState().notices).toEqual([]);
  });

  it('rejects out-of-range model settings with a notice and keeps the engine as it was', () => {
    const store = createEntenteStore(loadFixture());
    const before = store.getState().index.options;
    const { win } = fakeWindow('?hl=-3&conflict=99');
    startUrlSync(store, win);
    expect(store.getState().index.options).toBe(before);
    expect(store.getState().notices.join(' ')).toMatch(/"hl"="-3".*"conflict"="99"/);
  });

  it('opens a link at its date, selection and filters', () => {
    const store = createEntenteStore(loadFixture());
    const { win } = fakeWindow('?t=1971-12-15&node=india&hide=leader&ties=0');
    startUrlSync(store, win);
    const s = store.getState();
    expect(formatDay(s.time)).toBe('1971-12-15');
    expect(s.selection).toEqual({ type: 'node', id: 'india' });
    expect(s.filters.kinds.leader).toBe(false);
    expect(s.filters.ties).toBe(false);
    expect(s.notices).toEqual([]);
  });

  it('shows one notice for garbage and still opens (at the defaults)', () => {
    const store = createEntenteStore(loadFixture());
    const { win } = fakeWindow('?t=soon&edge=%3Cscript%3E&theme=neon');
    startUrlSync(store, win);
    const s = store.getState();
    expect(s.time).toBe(s.index.span.start);
    expect(s.selection).toBeNull();
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toMatch(/"t"="soon"/);
    expect(s.notices[0]).toMatch(/"edge"="<script>"/);
  });

  it('selects an edge by the id the graph uses', () => {
    const store = createEntenteStore(loadFixture());
    startUrlSync(store, fakeWindow('?t=1971-12-10&edge=rel:india~pakistan').win);
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'rel:india~pakistan' });
  });

  it('keeps the address bar in step with the state, at most once per interval', () => {
    vi.useFakeTimers();
    const store = createEntenteStore(loadFixture());
    const { win, urls } = fakeWindow('');
    const stop = startUrlSync(store, win, 300);
    expect(urls).toEqual(['/app/?t=1947-01-01']);
    for (let m = 0; m < 24; m++) store.getState().stepMonths(1);
    store.getState().select({ type: 'node', id: 'pakistan' });
    expect(urls).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(urls).toEqual(['/app/?t=1947-01-01', '/app/?t=1949-01-01&node=pakistan']);
    stop();
    store.getState().setTime(day('1960-01-01'));
    vi.advanceTimersByTime(1000);
    expect(urls).toHaveLength(2);
  });

  it('opens a link in the renderer it names and writes renderer=webgl while WebGL is on', () => {
    vi.useFakeTimers();
    const store = createEntenteStore(loadFixture());
    const { win, urls } = fakeWindow('?t=1971-12-10&renderer=webgl');
    startUrlSync(store, win, 300);
    expect(store.getState().webgl).toBe(true);
    expect(urls.at(-1)).toBe('/app/?t=1971-12-10&renderer=webgl');
    store.getState().setWebgl(false);
    vi.advanceTimersByTime(300);
    expect(urls.at(-1)).toBe('/app/?t=1971-12-10');
  });

  it('ignores a hostile renderer value with a notice and keeps the canvas', () => {
    const store = createEntenteStore(loadFixture());
    startUrlSync(store, fakeWindow('?renderer=%22%3E%3Cimg%20src%3Dx%3E').win);
    expect(store.getState().webgl).toBe(false);
    expect(store.getState().notices[0]).toMatch(/"renderer"=.*img src=x.*: use canvas or webgl/);
  });
});
