// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ExportMenu } from '../../../src/components/export/ExportMenu';
import { renderWithStore } from '../render';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The GEXF files from the app: the date shown on <graph>, the day of writing in <meta>. */
describe('GEXF from the Export menu', () => {
  test('stamps lastmodifieddate with the day the file is written, whatever date is shown', async () => {
    // Only Date is faked, so the menu's timers and promises run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T21:00:00Z'));
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return `blob:test/${saved.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithStore(<ExportMenu />, '1971-12-15');
    for (const id of ['export-gexf', 'export-gexf-dynamic']) {
      if (!screen.queryByRole('menu')) await userEvent.click(screen.getByRole('button', { name: 'Export' }));
      await waitFor(() => expect(screen.getByTestId(id)).toBeEnabled(), { timeout: 10_000 });
      await userEvent.click(screen.getByTestId(id));
      await waitFor(() => expect(saved.length).toBe(id === 'export-gexf' ? 1 : 2), { timeout: 10_000 });
    }
    const [snapshot, dynamic] = await Promise.all(saved.map((b) => b.text()));
    expect(snapshot).toContain('<meta lastmodifieddate="2026-12-06">');
    expect(snapshot).toMatch(/<graph [^>]*start="1971-12-15" end="1971-12-15"/);
    expect(dynamic).toContain('<meta lastmodifieddate="2026-12-06">');
  });
});
