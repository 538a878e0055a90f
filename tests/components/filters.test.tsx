// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FiltersPanel } from '../../src/components/filters/FiltersPanel';
import { ActorSearch } from '../../src/components/search/ActorSearch';
import { StatusLine } from '../../src/components/StatusLine';
import { selectVisibleSnapshot } from '../../src/store';
import { day, renderWithStore } from './render';

describe('the filters', () => {
  test('hide actor kinds and say so in the status line; reset shows everything', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <FiltersPanel />
        <StatusLine />
      </>,
      '2000-06-01',
    );
    const before = selectVisibleSnapshot(store.getState()).nodes.length;
    const reset = screen.getByRole('button', { name: 'Show everything' });
    expect(reset).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Leaders' }));
    expect(selectVisibleSnapshot(store.getState()).nodes.length).toBe(before - 1);
    expect(screen.getByTestId('status-line')).toHaveTextContent(`${before - 1} actors`);
    expect(screen.getByTestId('status-line')).toHaveTextContent('filtered');
    await user.click(reset);
    expect(screen.getByRole('checkbox', { name: 'Leaders' })).toBeChecked();
    expect(screen.getByTestId('status-line')).not.toHaveTextContent('filtered');
  });

  test('hide hostile relations, light relations and conflict events', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, '1971-12-10');
    const relations = () =>
      selectVisibleSnapshot(store.getState()).edges.filter((e) => e.kind === 'relation');
    expect(relations().some((e) => e.sign < 0)).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Hostile' }));
    expect(relations().some((e) => e.sign < 0)).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Hostile' }));
    await user.click(screen.getByRole('checkbox', { name: /Material conflict/ }));
    expect(relations().find((e) => e.id === 'rel:india~pakistan')).toBeUndefined();
    const weight = screen.getByRole('slider', { name: /Minimum weight/ });
    fireEvent.change(weight, { target: { value: '0.9' } });
    expect(store.getState().filters.minWeight).toBeCloseTo(0.9);
    expect(relations()).toHaveLength(0);
  });

  test('ties can be switched off', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />, '1971-12-10');
    await user.click(screen.getByRole('checkbox', { name: /Memberships, leaders/ }));
    expect(selectVisibleSnapshot(store.getState()).edges.every((e) => e.kind === 'relation')).toBe(true);
  });
});

describe('the actor search', () => {
  test('finds actors by old label or alias and focuses the chosen one with the keyboard', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActorSearch />, '2000-01-01');
    const box = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(box, 'ussr');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Russia');
    expect(options[0]).toHaveTextContent('USSR');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{Enter}');
    expect(store.getState().focus?.id).toBe('russia');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'russia' });
    expect(box).toHaveValue('');
  });

  test('arrow keys move through matches; an actor not alive now moves time to when it is', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActorSearch />, '1960-01-01');
    const box = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(box, 'a');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.clear(box);
    await user.type(box, 'musharraf{Enter}');
    expect(store.getState().time).toBe(day('1999-01-01'));
    expect(store.getState().focus?.id).toBe('musharraf');
  });

  test('says when nothing matches and Escape closes the list', async () => {
    const user = userEvent.setup();
    renderWithStore(<ActorSearch />);
    const box = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(box, 'zzz');
    expect(screen.getByText(/No actor matches/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});
