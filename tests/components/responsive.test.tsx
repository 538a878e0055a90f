// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { GraphEmptyState } from '../../src/components/GraphEmptyState';
import { Header } from '../../src/components/Header';
import { Legend } from '../../src/components/Legend';
import { StatusLine } from '../../src/components/StatusLine';
import { DetailsSheet } from '../../src/components/responsive/DetailsSheet';
import { day, renderWithStore } from './render';

describe('the header menu', () => {
  test('is a disclosure: the Menu button says whether it is open, Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    renderWithStore(<Header />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const group = screen.getByRole('group', { name: 'App menu' });
    expect(menu).toHaveAttribute('aria-controls', group.id);
    for (const name of ['Import…', 'Export', 'Dark theme', 'WebGL', 'Re-layout'])
      expect(within(group).getByRole('button', { name })).toBeInTheDocument();
    expect(within(group).getByRole('combobox', { name: 'Dataset' })).toBeInTheDocument();
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(group).toHaveClass('open');
    await user.click(within(group).getByRole('button', { name: 'Re-layout' }));
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  test('the theme button keeps the label "Dark theme" and says its state with aria-pressed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Header />);
    act(() => store.getState().setTheme('light'));
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(store.getState().theme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the details sheet', () => {
  const handle = () => screen.getByRole('button', { name: 'Details panel' });
  const share = () =>
    Number(screen.getByRole('complementary', { name: 'Details' }).style.getPropertyValue('--sheet-share'));

  test('opens when something is selected, so the inspector shows', () => {
    const { store } = renderWithStore(<DetailsSheet />, '1971-12-10');
    expect(handle()).toHaveAttribute('aria-expanded', 'false');
    act(() => store.getState().select({ type: 'node', id: 'india' }));
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('India');
  });

  test('toggles with Enter, resizes with the arrow keys and closes when shrunk past its minimum', async () => {
    const user = userEvent.setup();
    renderWithStore(<DetailsSheet />);
    handle().focus();
    await user.keyboard('{Enter}');
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
    const opened = share();
    await user.keyboard('{ArrowUp}');
    expect(share()).toBeCloseTo(opened + 0.1);
    for (let i = 0; i < 6; i++) await user.keyboard('{ArrowDown}');
    expect(handle()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowUp}');
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
  });

  test('choosing a tab of the closed sheet opens it on that tab', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsSheet />);
    await user.click(screen.getByRole('tab', { name: 'Filters' }));
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
    expect(store.getState().sidePanel).toBe('filters');
  });
});

describe('what folds to leave the graph room', () => {
  afterEach(() => vi.unstubAllGlobals());
  const screenWidth = (px: number) =>
    vi.stubGlobal('matchMedia', (q: string) => ({
      matches: px >= Number(/min-width: (\d+)px/.exec(q)?.[1] ?? Infinity),
      media: q,
    }));

  test('the legend starts folded below 1440 px and open from 1440 px', () => {
    screenWidth(1280);
    const { unmount } = renderWithStore(<Legend />);
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
    unmount();
    screenWidth(1440);
    renderWithStore(<Legend />);
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('the status line is folded to one line until tapped, and a tap folds it again', async () => {
    const user = userEvent.setup();
    renderWithStore(<StatusLine />, '1971-12-10');
    const line = screen.getByTestId('status-line');
    expect(line).toHaveClass('folded');
    await user.click(line);
    expect(line).not.toHaveClass('folded');
    await user.click(line);
    expect(line).toHaveClass('folded');
  });
});

describe('the empty graph', () => {
  test('says all kinds are hidden and Show all kinds brings them back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphEmptyState />, '1971-12-10');
    expect(screen.queryByTestId('graph-empty')).not.toBeInTheDocument();
    act(() =>
      store
        .getState()
        .setFilters({ kinds: { country: false, leader: false, organization: false, group: false } }),
    );
    expect(screen.getByTestId('graph-empty')).toHaveTextContent('All kinds are hidden');
    await user.click(screen.getByRole('button', { name: 'Show all kinds' }));
    expect(Object.values(store.getState().filters.kinds).every(Boolean)).toBe(true);
    expect(screen.queryByTestId('graph-empty')).not.toBeInTheDocument();
  });

  test('blames the filters when they hide every relation, and Show everything resets them', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphEmptyState />, '1971-12-10');
    act(() => store.getState().setFilters({ signs: { positive: false, negative: false, neutral: false } }));
    expect(screen.getByTestId('graph-empty')).toHaveTextContent('The filters hide every relation');
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(store.getState().filters.signs.negative).toBe(true);
  });

  test('at a date before any relation says so and jumps to the next date with relations', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<GraphEmptyState />, '1947-09-01');
    expect(screen.getByTestId('graph-empty')).toHaveTextContent('No relations at this date');
    await user.click(screen.getByRole('button', { name: /^Go to 1954-09-08, the next date with relations/ }));
    expect(store.getState().time).toBe(day('1954-09-08'));
    expect(screen.queryByTestId('graph-empty')).not.toBeInTheDocument();
  });
});
