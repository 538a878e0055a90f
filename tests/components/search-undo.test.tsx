// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { Notices } from '../../src/components/Notices';
import { ActorSearch } from '../../src/components/search/ActorSearch';
import { day, renderWithStore } from './render';

describe('a search that moves time', () => {
  test('says so in a notice, and Undo puts the date and the hidden kind back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <ActorSearch />
        <Notices />
      </>,
      '1960-01-01',
    );
    store.getState().setFilters({ kinds: { ...store.getState().filters.kinds, leader: false } });
    await user.type(screen.getByRole('combobox', { name: 'Find an actor' }), 'musharraf{Enter}');
    expect(store.getState().time).toBe(day('1999-01-01'));
    expect(store.getState().filters.kinds.leader).toBe(true);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'Pervez Musharraf first exists on 1999-01-01, so the date moved from 1960-01-01',
    );
    expect(notice).toHaveTextContent('Leaders were hidden and are shown again');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().time).toBe(day('1960-01-01'));
    expect(store.getState().filters.kinds.leader).toBe(false);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  test('a search that stays at the date offers nothing to undo', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <ActorSearch />
        <Notices />
      </>,
      '2000-01-01',
    );
    await user.type(screen.getByRole('combobox', { name: 'Find an actor' }), 'india{Enter}');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'india' });
    expect(store.getState().undoOffer).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});
