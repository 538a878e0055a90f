// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AppErrorBoundary } from '../../src/components/ErrorBoundary';
import { IssueList } from '../../src/components/library/IssueList';
import { DatasetSwitcher } from '../../src/components/library/DatasetSwitcher';
import { useEntente } from '../../src/store';
import { BUNDLED_DATASET_ID } from '../../src/store/library-slice';
import { ACTORS_CSV, EVENTS_CSV } from '../model/import/helpers';
import { renderWithStore } from './render';
import { render } from '@testing-library/react';

const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

describe('the issue list', () => {
  test('shows file, place, field, problem and what was expected', () => {
    render(
      <IssueList
        caption="Problems"
        issues={[
          {
            severity: 'error',
            file: 'events.csv',
            path: 'events.csv:3',
            line: 3,
            field: 'date',
            message: 'not a date: "2003-02-30"',
            expected: 'a date: YYYY-MM-DD',
          },
          {
            severity: 'error',
            file: 'd.json',
            path: '$.events[2].score',
            line: 40,
            field: 'score',
            message: 'Invalid input',
            expected: 'number',
          },
        ]}
      />,
    );
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['events.csv', 'line 3', 'date', 'not a date: "2003-02-30"', 'a date: YYYY-MM-DD'],
      ['d.json', 'line 40$.events[2].score', 'score', 'Invalid input', 'number'],
    ]);
  });
});

describe('importing from the header', () => {
  test('a bad file shows its problems and keeps the dataset; a good one is listed, switchable and deletable after a confirmation', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DatasetSwitcher />);
    const before = store.getState().dataset;
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import a dataset' });

    await user.upload(
      within(dialog).getByTestId('import-input'),
      file('{"meta": {"name": 1}', 'broken.json'),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'broken.json could not be imported (1 problem). The current dataset, “Mini fixture”, is unchanged.',
    );
    expect(within(dialog).getByRole('table', { name: 'Problems to fix' })).toHaveTextContent('broken.json');
    expect(store.getState().dataset).toBe(before);

    await user.upload(within(dialog).getByTestId('import-input'), [
      file(ACTORS_CSV, 'actors.csv'),
      file(EVENTS_CSV, 'events.csv'),
    ]);
    expect(
      await within(dialog).findByText(/Loaded “actors.csv \+ events.csv”: 2 actors, 2 events\./),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    const select = screen.getByRole('combobox', { name: 'Dataset' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Mini fixture (built in)', 'actors.csv + events.csv (2 events)']);
    await user.selectOptions(select, BUNDLED_DATASET_ID);
    await waitFor(() => expect(store.getState().dataset.actors).toHaveLength(7));
    await user.selectOptions(select, store.getState().library[0].id);
    await waitFor(() => expect(store.getState().dataset.actors).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' });
    expect(confirm).toHaveTextContent('Delete “actors.csv + events.csv” from this browser?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().library).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(store.getState().library).toEqual([]));
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
  });
});

describe('the import dialog from the keyboard', () => {
  test('Tab stays inside, Escape closes and focus returns to the Import button', async () => {
    const user = userEvent.setup();
    renderWithStore(<DatasetSwitcher />);
    const opener = screen.getByRole('button', { name: 'Import…' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Import a dataset' });
    expect(dialog).toHaveFocus();
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});

function Fragile() {
  const actors = useEntente((s) => s.dataset.actors.length);
  if (actors === 2) throw new Error('cannot draw two actors');
  return <p>graph with {actors} actors</p>;
}

describe('the error boundary', () => {
  test('keeps the app usable and goes back to the last good dataset', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <DatasetSwitcher />
        <AppErrorBoundary>
          <Fragile />
        </AppErrorBoundary>
      </>,
    );
    expect(screen.getByText('graph with 7 actors')).toBeInTheDocument();
    await store.getState().importDatasetFiles([
      { name: 'actors.csv', text: ACTORS_CSV },
      { name: 'events.csv', text: EVENTS_CSV },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot draw two actors');
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Reload the last good dataset' }));
    expect(await screen.findByText('graph with 7 actors')).toBeInTheDocument();
    expect(store.getState().activeDatasetId).toBe(BUNDLED_DATASET_ID);
  });
});
