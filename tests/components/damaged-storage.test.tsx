// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DatasetSwitcher } from '../../src/components/library/DatasetSwitcher';
import { ShellBoundary } from '../../src/components/ShellBoundary';
import { indexedDbLibrary, LIBRARY_DB_NAME } from '../../src/persist/library-db';
import { ACTORS_CSV, EVENTS_CSV } from '../model/import/helpers';
import { renderWithStore } from './render';

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));

describe('damaged saved data in the switcher (issue 21, case 6)', () => {
  test('a damaged saved dataset that is not on screen is listed and deleted from the switcher', async () => {
    // A saved dataset, then its stored JSON damaged behind the app's back.
    const first = renderWithStore(<DatasetSwitcher />);
    await first.store.getState().importDatasetFiles([
      { name: 'actors.csv', text: ACTORS_CSV },
      { name: 'events.csv', text: EVENTS_CSV },
    ]);
    const id = first.store.getState().activeDatasetId;
    first.unmount();
    const db = await openDB(LIBRARY_DB_NAME);
    await db.put('datasets', { id, datasetJson: { evil: 1 }, warnings: [] });
    db.close();

    renderWithStore(<DatasetSwitcher />);
    const user = userEvent.setup();
    await user.click(await screen.findByText('Damaged (1)'));
    expect(screen.getByRole('list', { name: 'Damaged saved data' }).textContent).toMatch(
      /“actors\.csv \+ events\.csv”: datasetJson/,
    );
    await user.click(screen.getByRole('button', { name: 'Delete damaged “actors.csv + events.csv”' }));
    await waitFor(() => expect(screen.queryByText(/^Damaged \(/)).toBeNull());
    expect(await indexedDbLibrary().list()).toEqual([]);
    expect(screen.queryByRole('option', { name: /actors\.csv/ })).toBeNull();
  });
});

function Crash(): never {
  throw new Error('name is an object');
}

describe('the shell boundary', () => {
  test('a crash shows "Reset local data", which keeps readable datasets and reloads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, pathname: '/app/', assign });
    render(
      <ShellBoundary part="the header">
        <Crash />
      </ShellBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /Something went wrong in the header.*name is an object/,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reset local data' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/app/'));
  });
});
