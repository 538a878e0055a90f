// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EvidenceMapSection } from '../../src/components/analytics/EvidenceMapSection';
import { renderWithStore } from './render';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('evidence map in Analytics', () => {
  test('a table of pairs by decade; every cell says in words what stands behind it', async () => {
    renderWithStore(<EvidenceMapSection />, '1971-12-15');
    const table = screen.getByTestId('evidence-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[0]).toBe('Pair');
    expect(headers.slice(1).every((h) => /^\d{4}s$/.test(h ?? ''))).toBe(true);
    const rows = within(table).getAllByRole('row').slice(1);
    const first = within(rows[0]).getAllByRole('cell');
    expect(first).toHaveLength(headers.length - 1);
    for (const cell of first) expect(cell.getAttribute('title')).toMatch(/^.+ – .+, \d{4}(–\d{4})?: /);
    // Switching to years gives one column per year of the span.
    await userEvent.selectOptions(screen.getByRole('combobox'), 'year');
    const years = within(screen.getByTestId('evidence-table')).getAllByRole('columnheader');
    expect(years.length).toBeGreaterThan(headers.length);
    expect(years[1].textContent).toMatch(/^’\d\d$/);
  });

  test('CSV downloads the whole map as a long table', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });
    renderWithStore(<EvidenceMapSection />, '1971-12-15');
    await userEvent.click(screen.getByRole('button', { name: 'CSV' }));
    expect(saved.map((s) => s.name)).toEqual(['entente-evidence-by-decade.csv']);
    const text = await saved[0].blob.text();
    expect(text.split('\r\n')[0]).toBe('pair,a,b,main,from,to,exists,events,evidence,level,lasting');
  });
});
