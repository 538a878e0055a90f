// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { formatDay, parseDate } from '../../src/model';
import { TimeBar } from '../../src/components/timebar/TimeBar';
import { StatusLine } from '../../src/components/StatusLine';
import { day, renderWithStore } from './render';

describe('the time bar', () => {
  test('is a labelled slider whose value text is the date', () => {
    renderWithStore(<TimeBar />, '1971-12-10');
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(slider).toHaveAttribute('aria-valuetext', '1971-12-10');
  });

  test('arrows step a month, shift+arrows a year, Home and End jump to the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <TimeBar />
        <StatusLine />
      </>,
      '1971-12-10',
    );
    const slider = screen.getByRole('slider', { name: 'Time' });
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '1972-01-10');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(slider).toHaveAttribute('aria-valuetext', '1971-01-10');
    expect(screen.getByTestId('status-line')).toHaveTextContent('1971-01-10');
    await user.keyboard('{End}');
    expect(store.getState().time).toBe(store.getState().index.span.end);
    await user.keyboard('{Home}');
    expect(store.getState().time).toBe(day('1947-01-01'));
  });

  test('dragging moves by whole months and keeps the day of month', () => {
    const { store } = renderWithStore(<TimeBar />, '1971-12-10');
    const slider = screen.getByRole('slider', { name: 'Time' });
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('value')) + 3) } });
    expect(store.getState().time).toBe(day('1972-03-10'));
  });

  test('space on the slider and the play button toggle playback; step buttons move a month', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1971-12-10');
    screen.getByRole('slider', { name: 'Time' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    // Playback may have advanced a frame or two before the pause on a busy machine: start the steps from a known day.
    act(() => store.getState().setTime(day('1971-12-10')));
    await user.click(screen.getByRole('button', { name: 'Step forward one month' }));
    expect(store.getState().time).toBe(day('1972-01-10'));
    await user.click(screen.getByRole('button', { name: 'Step back one month' }));
    await user.click(screen.getByRole('button', { name: 'Step back one month' }));
    expect(store.getState().time).toBe(day('1971-11-10'));
  });

  test('playing at the end starts again from the beginning; speed is chosen from a list', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '2012-12-31');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().time).toBe(day('1947-01-01'));
    act(() => store.getState().setPlaying(false));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '24');
    expect(store.getState().speed).toBe(24);
  });

  test('window mode adds a start handle and the status line speaks of a range', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <TimeBar />
        <StatusLine />
      </>,
      '1971-12-10',
    );
    expect(screen.queryByRole('slider', { name: 'Window start' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Window' }));
    expect(store.getState().mode).toBe('window');
    const from = screen.getByRole('slider', { name: 'Window start' });
    expect(from).toHaveAttribute('aria-valuetext', '1966-12-10');
    expect(screen.getByTestId('status-line')).toHaveTextContent('1966-12-10 to 1971-12-10');
    from.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(from).toHaveAttribute('aria-valuetext', '1967-12-10');
  });

  test('draws a histogram and markers named after their major events', () => {
    renderWithStore(<TimeBar />);
    expect(screen.getByRole('img', { name: /9 events/ })).toBeInTheDocument();
    const markers = within(screen.getByRole('toolbar', { name: 'Major events' })).getAllByRole('button');
    expect(markers.map((m) => m.getAttribute('aria-label'))).toContain(
      '1954-09-08: Pakistan joins the US-led SEATO pact.',
    );
    expect(markers.every((m) => !m.hasAttribute('title'))).toBe(true);
  });
});

describe('keyboard jumps and playback', () => {
  test('[ and ] jump between major events', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1960-01-01');
    screen.getByRole('slider', { name: 'Time' }).focus();
    await user.keyboard(']');
    expect(store.getState().time).toBe(parseDate('1971-08-09')!.mid);
    await user.keyboard('[[');
    expect(store.getState().time).toBe(parseDate('1954-09-08')!.mid);
  });

  test('playing advances speed months per second of (fake) time and stops at the end', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      const { store } = renderWithStore(<TimeBar />, '2000-01-15');
      act(() => store.getState().setSpeed(6));
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      act(() => vi.advanceTimersByTime(1000));
      // Whole months only, so one second at 6 months/s lands 5 or 6 months on, depending on frame edges.
      expect(['2000-06-15', '2000-07-15']).toContain(formatDay(store.getState().time));
      act(() => vi.advanceTimersByTime(60_000));
      expect(store.getState().time).toBe(store.getState().index.span.end);
      expect(store.getState().playing).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
