// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ExportMenu } from '../../../src/components/export/ExportMenu';
import { renderWithStore } from '../render';

/** Captures what the menu hands to the browser: the Blob and the file name of each download. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

beforeEach(() => {
  vi.useRealTimers();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Export menu', () => {
  test('lists every format and the video and share-link items', async () => {
    renderWithStore(<ExportMenu />, '1971-12-15');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const items = screen.getAllByRole('menuitem').map((b) => b.textContent);
    expect(items).toEqual([
      'PNG image',
      'SVG vector',
      'JSON snapshot',
      'CSV nodes',
      'CSV edges',
      'GraphML',
      'GEXF snapshot',
      'GEXF dynamic',
      'Video (WebM)…',
      'Copy share link',
    ]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('downloads the visible snapshot as JSON and CSV under names that say what they are', async () => {
    const saved = captureDownloads();
    const { store } = renderWithStore(<ExportMenu />, '1971-12-15');
    store
      .getState()
      .setFilters({ kinds: { country: true, leader: false, organization: false, group: false } });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByTestId('export-json'));
    // Items are disabled while an export runs; the next one is clicked once it is done.
    await waitFor(() => expect(screen.getByTestId('export-csv-edges')).toBeEnabled(), { timeout: 10_000 });
    await userEvent.click(screen.getByTestId('export-csv-edges'));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10_000 });
    expect(saved.map((s) => s.name)).toEqual(['entente-1971-12-15.json', 'entente-1971-12-15-edges.csv']);
    const json = JSON.parse(await saved[0].blob.text());
    expect(json.at).toBe('1971-12-15');
    expect(json.nodes.every((n: { kind: string }) => n.kind === 'country')).toBe(true);
    expect(saved[1].blob.type).toMatch(/^text\/csv/);
  });

  test('puts the picture options before the format buttons, all furniture on by default', async () => {
    renderWithStore(<ExportMenu />, '1971-12-15');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const options = screen.getByRole('group', { name: 'PNG and SVG' });
    const firstFormat = screen.getByTestId('export-png');
    expect(options.compareDocumentPosition(firstFormat) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const name of ['Title', 'Date', 'Legend', 'Source line'])
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'CSV for Excel (UTF-8 BOM)' })).not.toBeChecked();
  });

  test('CSV gets a byte-order mark and GraphML directed edges only when asked', async () => {
    const saved = captureDownloads();
    renderWithStore(<ExportMenu />, '1971-12-15');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByTestId('export-csv-nodes'));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    await userEvent.click(screen.getByRole('checkbox', { name: 'CSV for Excel (UTF-8 BOM)' }));
    await userEvent.click(screen.getByTestId('export-csv-nodes'));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10_000 });
    const bytes = async (b: Blob) => [...new Uint8Array(await b.arrayBuffer())].slice(0, 3);
    expect(await bytes(saved[0].blob)).toEqual([0x69, 0x64, 0x2c]); // "id,"
    expect(await bytes(saved[1].blob)).toEqual([0xef, 0xbb, 0xbf]);
    await userEvent.click(screen.getByTestId('export-graphml'));
    await waitFor(() => expect(saved).toHaveLength(3), { timeout: 10_000 });
    expect(await saved[2].blob.text()).not.toContain('directed="true"');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mixed directions (Gephi)' }));
    await userEvent.click(screen.getByTestId('export-graphml'));
    await waitFor(() => expect(saved).toHaveLength(4), { timeout: 10_000 });
    expect(await saved[3].blob.text()).toContain('directed="true"');
  });

  test('says so when a PNG cannot be made yet (no graph drawn)', async () => {
    renderWithStore(<ExportMenu />, '1971-12-15');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByTestId('export-png'));
    expect(await screen.findByRole('status')).toHaveTextContent(/Export failed: The graph is not ready yet/);
  });
});
