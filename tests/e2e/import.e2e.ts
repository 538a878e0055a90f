import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, statusText } from './harness';

const GOOD = JSON.stringify({
  meta: { name: 'E2E trio' },
  sources: [{ id: 'note', title: 'Test note' }],
  actors: ['alpha', 'beta', 'gamma'].map((id) => ({
    id,
    kind: 'country',
    labels: [{ label: id.toUpperCase() }],
  })),
  events: [
    {
      id: 'e1',
      date: '2003-02-04',
      source: 'alpha',
      target: 'beta',
      cameo: '057',
      score: 8,
      summary: 'Alpha and Beta sign a pact.',
      citations: [{ source: 'note' }],
    },
    {
      id: 'e2',
      date: '2003-03-01',
      source: 'gamma',
      target: 'beta',
      cameo: '190',
      score: -10,
      summary: 'Gamma attacks Beta.',
      citations: [{ source: 'note' }],
    },
  ],
});
const BAD = 'date,source,target,cameo,score\n2003-02-30,Alpha,Beta,057,8\n2003-03-01,Gamma,Beta,attack,-10\n';

const selectedDataset = (page: Page) =>
  page.$eval('#dataset-select', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/plain' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

test('a bad file lists its problems and keeps the data; a good one changes the graph and survives a reload', async () => {
  const { page, errors } = await openApp();
  expect(await page.$('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
  const bundledStatus = await statusText(page);
  const bundledName = await selectedDataset(page);

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
  await dialog
    .getByTestId('import-input')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
  await dialog.getByRole('alert').waitFor();
  expect(await dialog.getByRole('alert').textContent()).toMatch(
    /bad\.csv could not be imported \(2 problems\)/,
  );
  const rows = await dialog.locator('table.issue-list tbody tr').allTextContents();
  expect(rows[0]).toMatch(/bad\.csvline 2date.*2003-02-30/);
  expect(rows[1]).toMatch(/bad\.csvline 3cameo/);
  await screenshot(page, 'import-bad-file');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await statusText(page)).toBe(bundledStatus);
  expect(await selectedDataset(page)).toBe(bundledName);

  await dropFile(page, 'trio.json', GOOD);
  await page.getByText('Loaded “E2E trio”: 3 actors, 2 events.').waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="status-line"]')?.textContent?.includes('3 actors'),
  );
  expect(await selectedDataset(page)).toBe('E2E trio (2 events)');
  const usedWorker = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /import\.worker/.test(e.name)),
  );
  expect(usedWorker).toBe(true);
  await screenshot(page, 'import-good-file');

  // The dataset is shown before it is stored (issue 22); once the address names it (ds), it is saved.
  await page.waitForURL(/[?&]ds=[0-9a-f]{16}/);
  await page.reload();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="status-line"]')?.textContent?.includes('3 actors'),
  );
  expect(await selectedDataset(page)).toBe('E2E trio (2 events)');

  // Nothing the app did broke its Content-Security-Policy (Chromium logs violations as console errors).
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
