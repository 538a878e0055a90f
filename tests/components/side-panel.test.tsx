// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { labelSizeFor } from '../../src/components/graph/graph-frame';
import { compactPositions, stretchToAspect } from '../../src/graph/place';
import { Legend } from '../../src/components/Legend';
import { SidePanel } from '../../src/components/SidePanel';
import { StatusLine } from '../../src/components/StatusLine';
import { TimeBar } from '../../src/components/timebar/TimeBar';
import { createEntenteStore, StoreProvider } from '../../src/store';
import { renderWithStore } from './render';

describe('the side panel', () => {
  test('is a tab list; arrows move between tabs and show their panels', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SidePanel />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(expect.arrayContaining(['Inspector', 'Filters']));
    expect(screen.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Inspector');
    screen.getByRole('tab', { name: 'Inspector' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().sidePanel).toBe('filters');
    expect(screen.getByRole('tab', { name: 'Filters' })).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Filters' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(store.getState().sidePanel).toBe('inspector');
    act(() => store.getState().select({ type: 'node', id: 'india' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('India');
  });
});

describe('the legend', () => {
  test('explains shapes and line styles and can be collapsed', async () => {
    const user = userEvent.setup();
    renderWithStore(<Legend />);
    for (const word of ['Country', 'Leader', 'Organization', 'Group', 'Cooperation', 'Hostility', 'War'])
      expect(screen.getByText(word)).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Hostility')).toBeNull();
  });
});

describe('graph framing', () => {
  test('compacts a sparse layout to a readable spacing without changing its shape', () => {
    const spread = new Map(
      Array.from({ length: 9 }, (_, i) => [`n${i}`, { x: (i % 3) * 300, y: Math.floor(i / 3) * 300 }]),
    );
    const compact = compactPositions(spread, 60);
    expect(compact.get('n1')!.x - compact.get('n0')!.x).toBe(60);
    expect(compact.get('n3')!.y - compact.get('n0')!.y).toBe(60);
    // Already tight layouts are left alone.
    expect(compactPositions(compact, 60)).toEqual(compact);
  });

  test('stretches wide only, and grows labels when zoomed out', () => {
    const square = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 100 }],
    ]);
    expect(stretchToAspect(square, 1.5).get('b')).toEqual({ x: 125, y: 100 });
    expect(stretchToAspect(square, 0.5)).toEqual(square);
    expect(labelSizeFor(1)).toBe(11);
    expect(labelSizeFor(0.5)).toBe(22);
    expect(labelSizeFor(0.05) * 0.05).toBeGreaterThanOrEqual(11);
  });
});

describe('an empty dataset', () => {
  test('renders the time bar, panel and status line without failing', () => {
    const store = createEntenteStore({
      meta: { name: 'Empty' },
      sources: [],
      actors: [],
      ties: [],
      events: [],
    });
    render(
      <StoreProvider store={store}>
        <TimeBar />
        <SidePanel />
        <StatusLine />
      </StoreProvider>,
    );
    expect(screen.getByTestId('status-line')).toHaveTextContent('0 actors');
    expect(screen.getByRole('slider', { name: 'Time' })).toBeInTheDocument();
  });
});
