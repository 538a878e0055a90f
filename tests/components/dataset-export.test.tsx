// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { DatasetExport } from '../../src/components/library/DatasetExport';
import { importFiles } from '../../src/model/import';
import { renderWithStore } from './render';

const downloads = vi.hoisted(() => [] as { text: string; name: string }[]);
vi.mock('../../src/components/export/download', () => ({
  downloadText: (text: string, name: string) => downloads.push({ text, name }),
}));

describe('saving the dataset shown', () => {
  test('JSON and the CSV pair download under the dataset name and import back to the same data', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DatasetExport />);
    await user.click(screen.getByRole('button', { name: 'Entente JSON' }));
    await user.click(screen.getByRole('button', { name: 'CSV pair' }));
    expect(downloads.map((d) => d.name)).toEqual([
      'mini-fixture.json',
      'mini-fixture-actors.csv',
      'mini-fixture-events.csv',
    ]);
    const { dataset } = store.getState();
    const json = importFiles([downloads[0]].map((d) => ({ name: d.name, text: d.text })));
    expect(json.ok && json.dataset).toEqual(dataset);
    const pair = importFiles(downloads.slice(1).map((d) => ({ name: d.name, text: d.text })));
    expect(pair.ok && [pair.dataset.actors, pair.dataset.events]).toEqual([dataset.actors, dataset.events]);
  });
});
