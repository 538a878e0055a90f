import { describe, expect, it, vi } from 'vitest';
import { formatDay } from '../../src/model';
import { createEntenteStore } from '../../src/store';
import { startUrlSync } from '../../src/store/url-sync';
import { loadFixture } from '../model/fixture';
import { storyFixture } from './story-fixture';
import { fakeWindow } from './fake-window';

describe('opening date', () => {
  it('opens on meta.openAt, and on the first day without one', () => {
    expect(formatDay(createEntenteStore(storyFixture()).getState().time)).toBe('1971-08-09');
    expect(formatDay(createEntenteStore(loadFixture()).getState().time)).toBe('1947-01-01');
  });

  it('goes to the opening date of a dataset switched to, and leaves any story', async () => {
    const store = createEntenteStore(loadFixture());
    store.getState().setTime(0);
    await store.getState().setDataset(storyFixture({ openAt: '2003-02' }));
    expect(formatDay(store.getState().time)).toBe('2003-02-01');
    store.getState().startStory();
    await store.getState().setDataset(loadFixture());
    expect(store.getState().storyChapter).toBeNull();
  });
});

describe('story slice', () => {
  it('starts at chapter 1, steps forward and back inside the story, and asks for a glide to each date', () => {
    const store = createEntenteStore(storyFixture());
    const s = () => store.getState();
    expect(s().startStory()).toBe(true);
    expect(s().storyChapter).toBe(0);
    expect(s().timeGlide).toMatchObject({ mode: 'point' });
    expect(formatDay(s().timeGlide!.time)).toBe('1954-09-30');
    s().nextChapter();
    s().nextChapter();
    expect(s().storyChapter).toBe(2);
    expect(s().mode).toBe('window');
    expect(formatDay(s().timeGlide!.windowFrom!)).toBe('1999-10-01');
    s().nextChapter();
    expect(s().storyChapter).toBe(2);
    s().previousChapter();
    expect(s().storyChapter).toBe(1);
    expect(s().mode).toBe('point');
  });

  it('leaves the story where the reader is, and comes back to the chapter it left', () => {
    const store = createEntenteStore(storyFixture());
    const s = () => store.getState();
    s().showChapter(1, 'jump');
    expect(formatDay(s().time)).toBe('1971-12-03');
    s().setTime(s().time + 40);
    s().exitStory();
    expect(s().storyChapter).toBeNull();
    expect(s().timeGlide).toBeNull();
    expect(formatDay(s().time)).toBe('1972-01-12');
    s().startStory();
    expect(s().storyChapter).toBe(1);
  });

  it('refuses to start without chapters or at an unknown chapter, and stops playback when it starts', () => {
    expect(createEntenteStore(loadFixture()).getState().startStory()).toBe(false);
    const store = createEntenteStore(storyFixture());
    expect(store.getState().startStory('constructor')).toBe(false);
    store.getState().setPlaying(true);
    expect(store.getState().startStory('war')).toBe(true);
    expect(store.getState().playing).toBe(false);
  });
});

describe('chapter share links', () => {
  it('open a chapter from ?chapter=id at its date, with no animation', () => {
    const store = createEntenteStore(storyFixture());
    startUrlSync(store, fakeWindow('?chapter=war'));
    expect(store.getState().storyChapter).toBe(1);
    expect(formatDay(store.getState().time)).toBe('1971-12-03');
    expect(store.getState().timeGlide).toBeNull();
  });

  it('write the chapter into the address bar while the story is open, and drop it after', () => {
    vi.useFakeTimers();
    try {
      const store = createEntenteStore(storyFixture());
      const win = fakeWindow('');
      const stop = startUrlSync(store, win);
      store.getState().showChapter(2, 'jump');
      vi.runOnlyPendingTimers();
      expect(win.location.search).toMatch(/^\?chapter=visit&t=2003-02-05&from=1999-10-01/);
      store.getState().exitStory();
      vi.runOnlyPendingTimers();
      expect(win.location.search).not.toMatch(/chapter/);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignore an unknown chapter with a notice and keep the opening date', () => {
    const store = createEntenteStore(storyFixture());
    startUrlSync(store, fakeWindow('?chapter=%3Cimg%20src%3Dx%3E'));
    expect(store.getState().storyChapter).toBeNull();
    expect(formatDay(store.getState().time)).toBe('1971-08-09');
    expect(store.getState().notices.join(' ')).toMatch(/"chapter"="<img src=x>": no chapter with that id/);
  });
});

describe('notices', () => {
  it('belong to the dataset they were made on: a switch drops them and the undo offer, not app notices', async () => {
    const store = createEntenteStore(storyFixture());
    const s = () => store.getState();
    s().notify('Ignored link parameter "t".');
    s().notify('This browser offers no WebGL2.', 'app');
    s().offerUndo('Pervez Musharraf first exists on 1999-01-01, so the date moved.', () => {});
    await s().setDataset(loadFixture());
    expect(s().notices).toEqual(['This browser offers no WebGL2.']);
    expect(s().undoOffer).toBeNull();
    // Made on the dataset now shown: they stay until the next switch.
    s().notify('Imported "mini" with 1 warning(s).');
    await s().setEngineOptions({});
    expect(s().notices).toHaveLength(2);
  });
});
