// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { formatDay } from '../../src/model';
import { Legend } from '../../src/components/Legend';
import { TimeBar } from '../../src/components/timebar/TimeBar';
import { day, renderWithStore } from './render';

const toolbar = () => screen.getByRole('toolbar', { name: 'Major events' });

describe('time bar markers', () => {
  // jsdom has no layout: the markers are placed on a 1000 px track, where the three markers of
  // August and December 1971 sit within a few pixels of each other.
  test('markers that would overlap become one cluster with a count', () => {
    renderWithStore(<TimeBar />);
    const cluster = within(toolbar()).getByRole('button', { name: '3 events, 1971-08-09 to 1971-12-03' });
    expect(cluster).toHaveTextContent('3');
    expect(cluster).toHaveAttribute('aria-expanded', 'false');
    expect(within(toolbar()).getAllByRole('button')).toHaveLength(3);
  });

  test('a cluster opens its list on hover and on focus, and an item moves time there', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1950-01-01');
    const cluster = within(toolbar()).getByRole('button', { name: /3 events/ });
    await user.hover(cluster);
    expect(cluster).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: '3 events' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '1971-08-09 Soviet Union and India sign a friendship treaty.Test fixture, line 3',
      '1971-12-03 India and Pakistan go to war.Test fixture, line 4',
      '1971-12-03 1971 war begins' +
        within(list).getAllByRole('button')[2].querySelector('cite')!.textContent,
    ]);
    await user.unhover(cluster);
    expect(screen.queryByRole('list', { name: '3 events' })).toBeNull();
    act(() => cluster.focus());
    await user.click(within(screen.getByRole('list', { name: '3 events' })).getAllByRole('button')[1]);
    expect(formatDay(store.getState().time)).toBe('1971-12-03');
  });

  test('each marker is a focusable button with a real tooltip: date, title and citation', async () => {
    const user = userEvent.setup();
    renderWithStore(<TimeBar />);
    await user.tab();
    while (!toolbar().contains(document.activeElement)) await user.tab();
    const first = document.activeElement as HTMLElement;
    expect(first).toHaveAccessibleName('1954-09-08: Pakistan joins the US-led SEATO pact.');
    const tip = screen.getByRole('tooltip');
    expect(first).toHaveAccessibleDescription(
      /8 September 1954.*Pakistan joins the US-led SEATO pact\..*Test fixture, line 1/,
    );
    expect(tip).toHaveTextContent('Test fixture, line 1');
    // Arrows walk the row (one tab stop); Escape closes what is open.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/3 events/);
    expect(screen.getByRole('list', { name: '3 events' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: '3 events' })).toBeNull();
  });

  test('the legend explains the marker colours and the cluster badge', () => {
    renderWithStore(<Legend />);
    const key = screen.getByRole('list', { name: 'Time bar markers' });
    expect(key).toHaveTextContent(/Major event.*War begins.*Treaty, alliance begins.*Markers close together/);
  });
});

describe('dragging snaps to a marker near the pointer', () => {
  const sliderOn = (width: number) => {
    const slider = screen.getByRole('slider', { name: 'Time' });
    slider.getBoundingClientRect = () => ({
      width,
      height: 20,
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: width,
      bottom: 20,
      toJSON: () => ({}),
    });
    return slider;
  };

  test('a drag landing a few pixels from a marker lands on it; keys and far drags do not snap', () => {
    const { store } = renderWithStore(<TimeBar />, '1954-01-10');
    const slider = sliderOn(800);
    const month = (d: string) => {
      const [y, m] = d.split('-').map(Number);
      return String((y - 1947) * 12 + m - 1);
    };
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: month('1954-10') } });
    expect(formatDay(store.getState().time)).toBe('1954-09-08');
    fireEvent.change(slider, { target: { value: month('1962-06') } });
    expect(formatDay(store.getState().time)).toBe('1962-06-08');
    fireEvent.pointerUp(slider);
    fireEvent.change(slider, { target: { value: month('1954-10') } });
    expect(store.getState().time).toBe(day('1954-10-08'));
  });
});
