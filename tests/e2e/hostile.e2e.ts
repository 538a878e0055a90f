import { expect, test } from 'vitest';
import { openApp, screenshot, statusText } from './harness';
import { DAMAGED_ENTRY } from '../fixtures/damaged-entry';

const EVIL = DAMAGED_ENTRY;

test('a malformed library record never blanks the app; it is named and deleted from the switcher (issue 21, case 1)', async () => {
  const { page, errors } = await openApp();
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('entente-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          tx.objectStore('entries').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    EVIL,
  );
  // Every URL used to show a blank page: the plain one, a dated one and a dataset link.
  for (const path of ['?t=1971', '?ds=0123456789abcdef&dsname=Gone', '']) {
    await page.goto(new URL(path, page.url()).href);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="status-line"]')?.textContent?.includes('actors'),
    );
    expect(await statusText(page)).toMatch(/\d+ actors/);
    await page.getByText('Damaged (1)').waitFor();
    expect(await page.locator('.notices').textContent()).toContain('"z" is damaged (name:');
  }
  expect(await page.locator('#dataset-select option').count()).toBe(1);

  await page.getByText('Damaged (1)').click();
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `hostile-damaged-${width}x${height}`);
  }
  // On a phone the switcher sits in the header's menu.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await screenshot(page, 'hostile-damaged-390x844');
  await page.getByRole('button', { name: 'Delete damaged “z”' }).click();
  // The list shrinks once the record is gone from storage; a reload before that could still read it.
  await page.getByRole('button', { name: 'Delete damaged “z”' }).waitFor({ state: 'detached' });
  await page.reload();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="status-line"]')?.textContent?.includes('actors'),
  );
  expect(await page.getByText(/^Damaged \(/).count()).toBe(0);
  expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await page.context().close();
});
