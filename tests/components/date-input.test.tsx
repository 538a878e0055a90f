// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { formatDay } from '../../src/model';
import { TimeBar } from '../../src/components/timebar/TimeBar';
import { renderWithStore } from './render';

const box = () => screen.getByRole('textbox', { name: /^Date/ });

describe('go to a date', () => {
  test('shows the current date and moves the graph to a typed day, month or year on Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1960-05-10');
    expect(box()).toHaveValue('1960-05-10');
    await user.clear(box());
    await user.type(box(), '1971-12-03{Enter}');
    expect(formatDay(store.getState().time)).toBe('1971-12-03');
    expect(box()).toHaveValue('1971-12-03');
    await user.clear(box());
    await user.type(box(), '1980-02{Enter}');
    expect(formatDay(store.getState().time)).toBe('1980-02-01');
    await user.clear(box());
    await user.type(box(), '1999{Enter}');
    expect(formatDay(store.getState().time)).toBe('1999-01-01');
    expect(box()).toHaveAttribute('aria-invalid', 'false');
  });

  test('says why an entry is refused, marks the box invalid and leaves the graph alone', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1960-05-10');
    const before = store.getState().time;
    await user.clear(box());
    await user.type(box(), '1971-02-30{Enter}');
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription('February 1971 has 28 days.');
    await user.clear(box());
    await user.type(box(), '1930{Enter}');
    expect(box()).toHaveAccessibleDescription(
      /outside this dataset, which runs from 1947-01-01 to 2012-12-31/,
    );
    await user.clear(box());
    await user.type(box(), 'soon{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/"soon" is not a date/);
    expect(store.getState().time).toBe(before);
    // Typing again clears the complaint; Escape puts the current date back.
    await user.type(box(), 'x');
    expect(box()).toHaveAttribute('aria-invalid', 'false');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('1960-05-10');
  });

  test('space types in the box instead of starting playback', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1960-05-10');
    await user.click(box());
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
  });
});

describe('the window start', () => {
  test('can be typed in window mode; a start after the end is refused, saying why', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TimeBar />, '1975-06-01');
    await user.click(screen.getByRole('button', { name: 'Window' }));
    const start = screen.getByRole('textbox', { name: /^Window start date/ });
    await user.clear(start);
    await user.type(start, '1969-03{Enter}');
    expect(formatDay(store.getState().windowFrom)).toBe('1969-03-01');
    expect(start).toHaveValue('1969-03-01');
    await user.clear(start);
    await user.type(start, '1980{Enter}');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('The window must start on or before its end, 1975-06-01.')).toBeInTheDocument();
    expect(formatDay(store.getState().windowFrom)).toBe('1969-03-01');
  });
});
