// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatDay } from '../../src/model';
import { SidePanel } from '../../src/components/SidePanel';
import { FirstVisitHint, HINT_KEY } from '../../src/components/story/FirstVisitHint';
import { TimeBar } from '../../src/components/timebar/TimeBar';
import { createEntenteStore, StoreProvider } from '../../src/store';
import { storyFixture } from '../store/story-fixture';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

function renderStory() {
  const store = createEntenteStore(storyFixture());
  render(
    <StoreProvider store={store}>
      <FirstVisitHint />
      <SidePanel />
      <TimeBar />
    </StoreProvider>,
  );
  return store;
}

/** Frames on demand: each `frame(ms)` runs the pending callbacks at that time. */
function manualFrames() {
  let queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {
    queue = [];
  });
  return (at: number) =>
    act(() => {
      const run = queue;
      queue = [];
      run.forEach((cb) => cb(at));
    });
}

const motion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduce && q.includes('reduce'), media: q }));

describe('story mode', () => {
  test('the Story button opens chapter 1 of N in the side panel, with caption and sources', async () => {
    motion(true);
    const user = userEvent.setup();
    const store = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(screen.getByRole('button', { name: 'Story' })).toHaveAttribute('aria-pressed', 'true');
    const panel = screen.getByRole('region', { name: 'The pacts' });
    expect(panel).toHaveTextContent('Story · chapter 1 of 3');
    expect(panel).toHaveTextContent('September 1954');
    expect(panel).toHaveTextContent('Pakistan joins. Moscow frowns.');
    expect(within(panel).getByText('Test fixture, line 1')).toBeInTheDocument();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(formatDay(store.getState().time)).toBe('1954-09-30');
  });

  test('Next and Previous move between chapters; the ends are disabled; a window chapter shows a window', async () => {
    motion(true);
    const user = userEvent.setup();
    const store = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByRole('heading', { name: 'A visit' })).toBeInTheDocument();
    expect(screen.getByText('October 1999 – 5 February 2003')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next →' })).toBeNull();
    expect(screen.getByRole('button', { name: 'The end →' })).toBeEnabled();
    expect(store.getState().mode).toBe('window');
    expect(formatDay(store.getState().windowFrom)).toBe('1999-10-01');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(screen.getByRole('heading', { name: 'War' })).toHaveFocus();
  });

  test('Escape or Leave story closes it and keeps the graph where it is', async () => {
    motion(true);
    const user = userEvent.setup();
    const store = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await user.keyboard('{Escape}');
    expect(store.getState().storyChapter).toBeNull();
    expect(screen.getByRole('tab', { name: 'Inspector' })).toBeInTheDocument();
    expect(formatDay(store.getState().time)).toBe('1971-12-03');
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(screen.getByRole('heading', { name: 'War' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Leave story' }));
    expect(store.getState().storyChapter).toBeNull();
  });

  test('moving to a chapter slides the time bar over several frames and lands on the date', async () => {
    motion(false);
    const frame = manualFrames();
    const user = userEvent.setup();
    const store = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    act(() => store.getState().showChapter(1));
    const seen = new Set<number>();
    for (let t = 0; t <= 2000; t += 100) {
      frame(t);
      seen.add(store.getState().time);
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(formatDay(store.getState().time)).toBe('1971-12-03');
    expect(store.getState().timeGlide).toBeNull();
  });

  test('a glide gives way to the reader: moving time stops it where it is', async () => {
    motion(false);
    const frame = manualFrames();
    const store = renderStory();
    act(() => void store.getState().startStory('war'));
    frame(0);
    frame(200);
    act(() => store.getState().setTime(store.getState().time - 1000));
    const mine = store.getState().time;
    frame(400);
    frame(3000);
    expect(store.getState().time).toBe(mine);
    expect(store.getState().timeGlide).toBeNull();
  });
});

describe('the story card', () => {
  test('names the actors it rings, and the last chapter ends on what the reader saw', async () => {
    motion(true);
    const user = userEvent.setup();
    const store = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(screen.getByText('Ringed on the graph:').parentElement).toHaveTextContent(
      'Ringed on the graph: Pakistan, SEATO',
    );
    act(() => store.getState().showChapter(2, 'jump'));
    await user.click(screen.getByRole('button', { name: 'The end →' }));
    const end = screen.getByRole('region', { name: 'You have seen all 3 chapters' });
    expect(end).toHaveTextContent('Where to go next');
    for (const title of ['The pacts', 'War', 'A visit'])
      expect(within(end).getByRole('button', { name: title })).toBeInTheDocument();
    await user.click(within(end).getByRole('button', { name: 'War' }));
    expect(screen.getByRole('heading', { name: 'War' })).toBeInTheDocument();
    act(() => store.getState().showChapter(2, 'jump'));
    await user.click(screen.getByRole('button', { name: 'The end →' }));
    await user.click(screen.getByRole('button', { name: 'Explore from here' }));
    expect(store.getState().storyChapter).toBeNull();
  });

  test('a swipe to the left shows the next chapter, to the right the previous; a vertical drag does not', async () => {
    motion(true);
    const store = renderStory();
    act(() => void store.getState().startStory());
    const card = () =>
      screen.getByRole('region', {
        name: store.getState().dataset.chapters![store.getState().storyChapter!].title,
      });
    const swipe = (dx: number, dy = 0) => {
      const el = card();
      fireEvent.pointerDown(el, { pointerId: 1, clientX: 200, clientY: 300 });
      fireEvent.pointerUp(el, { pointerId: 1, clientX: 200 + dx, clientY: 300 + dy });
    };
    swipe(-120);
    expect(store.getState().storyChapter).toBe(1);
    swipe(-20, -200);
    expect(store.getState().storyChapter).toBe(1);
    swipe(150, 10);
    expect(store.getState().storyChapter).toBe(0);
  });

  test('starting clears the selection; leaving puts back the time mode the reader was in', async () => {
    motion(true);
    const user = userEvent.setup();
    const store = renderStory();
    act(() => store.getState().select({ type: 'node', id: 'india' }));
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(store.getState().selection).toBeNull();
    act(() => store.getState().showChapter(2, 'jump'));
    expect(store.getState().mode).toBe('window');
    await user.click(screen.getByRole('button', { name: 'Leave story' }));
    expect(store.getState().mode).toBe('point');
    expect(formatDay(store.getState().time)).toBe('2003-02-05');
  });
});

describe('first-visit hint', () => {
  test('names Play, the time bar and the story; Start opens it; dismissal is remembered', async () => {
    motion(true);
    const user = userEvent.setup();
    renderStory();
    const tip = screen.getByRole('complementary', { name: 'Tip' });
    expect(tip).toHaveTextContent('Press Play or drag the time bar; Story tells the history in 3 chapters.');
    await user.click(within(tip).getByRole('button', { name: 'Start the story' }));
    expect(screen.getByRole('heading', { name: 'The pacts' })).toBeInTheDocument();
    expect(window.localStorage.getItem(HINT_KEY)).toBe('1');
    cleanup();
    renderStory();
    expect(screen.queryByRole('complementary', { name: 'Tip' })).toBeNull();
  });

  test('the × dismisses it for good', async () => {
    const user = userEvent.setup();
    renderStory();
    await user.click(screen.getByRole('button', { name: 'Dismiss tip' }));
    expect(screen.queryByRole('complementary', { name: 'Tip' })).toBeNull();
    expect(window.localStorage.getItem(HINT_KEY)).toBe('1');
  });
});
