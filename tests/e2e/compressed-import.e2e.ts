import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { openApp } from './harness';

// A monthly aggregate as a table: 3 country pairs over 4 years, each row standing for many GDELT rows.
const rows = ['date\tsource\ttarget\tcameo\tscore\tcount'];
for (let m = 0; m < 48; m++) {
  const month = `${1985 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  rows.push(`${month}\tUSA\tRUS\t04\t${(Math.sin(m) * 3).toFixed(2)}\t${100 + m}`);
  rows.push(`${month}\tPAK\tIND\t11\t-2.5\t${20 + m}`);
  rows.push(`${month}\tCHN\tPAK\t05\t3.1\t7`);
}
const TABLE = `${rows.join('\n')}\n`;

test('a gzip-compressed event table imports in the app, survives a reload, and keeps its row counts', async () => {
  const { page, errors } = await openApp();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
  await dialog.getByTestId('import-input').setInputFiles({
    name: 'gdelt-monthly.tsv.gz',
    mimeType: 'application/gzip',
    buffer: gzipSync(TABLE),
  });
  await page.getByText(/Loaded “gdelt-monthly”: 5 actors/).waitFor({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  const selected = () =>
    page.$eval('#dataset-select', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  expect(await selected()).toContain('gdelt-monthly');

  // The graph shows before the dataset is saved (issue 22); the address names it once it is stored.
  await page.waitForURL(/[?&]ds=[0-9a-f]{16}/);
  await page.reload();
  await page.waitForFunction(() =>
    (
      document.querySelector('#dataset-select') as HTMLSelectElement | null
    )?.selectedOptions[0]?.textContent?.includes('gdelt-monthly'),
  );
  // The stored dataset kept every row count (the export writes them back).
  const counts = await page.evaluate(async () => {
    const open = indexedDB.open('entente-library');
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const all = db.transaction('datasets').objectStore('datasets').getAll();
    const stored = await new Promise<{ datasetJson: Blob | string }[]>(
      (ok) => (all.onsuccess = () => ok(all.result)),
    );
    const json = JSON.parse(await new Response(stored[0].datasetJson).text());
    return json.events.map((e: { count?: number }) => e.count ?? 1);
  });
  expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(
    rows.slice(1).reduce((n, r) => n + Number(r.split('\t')[5]), 0),
  );
  expect(errors).toEqual([]);
  await page.context().close();
});
