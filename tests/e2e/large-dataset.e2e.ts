import { expect, test } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { OFF_THREAD_MIN_EVENTS } from '../../src/workers/engine-client';
import { openApp, statusText } from './harness';

test('a dataset too large to index on the main thread is indexed by the engine worker and scrubs', async () => {
  const events = OFF_THREAD_MIN_EVENTS + 10_000;
  const dataset = syntheticDataset({ seed: 11, actors: 300, pairs: 2000, events });
  dataset.meta.name = 'Large synthetic';
  const { page, errors } = await openApp();
  const bundledStatus = await statusText(page);
  // Every text the dataset switcher shows while the import runs, so the busy label can be checked after.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStatus: string[] }).seenStatus = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.dataset-switcher [role="status"]'))
        seen.push(el.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
  await dialog.getByTestId('import-input').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await page.getByText(/Loaded “Large synthetic”: 300 actors/).waitFor({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The switcher names the dataset only once its index has landed.
  await page.waitForFunction(() =>
    (
      document.querySelector('#dataset-select') as HTMLSelectElement | null
    )?.selectedOptions[0]?.textContent?.includes('Large synthetic'),
  );
  expect(await statusText(page)).not.toBe(bundledStatus);
  const seen = await page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
  expect(seen).toContain(`Indexing ${events.toLocaleString('en')} events…`);
  const usedWorker = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /engine\.worker/.test(e.name)),
  );
  expect(usedWorker).toBe(true);

  const before = await statusText(page);
  await page.getByRole('slider').focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="status-line"]')?.textContent !== text,
    before,
  );
  expect(errors).toEqual([]);
  await page.context().close();
});
