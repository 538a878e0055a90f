import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, screenshot } from './harness';

/** The evidence map on a phone: reachable in the details sheet, scrolling sideways, exporting PNG and CSV. */
describe('evidence map on a phone', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openApp('?t=1971-12-15&panel=analytics', {
      width: 390,
      height: 844,
      hasTouch: true,
    }));
    const handle = page.getByRole('button', { name: 'Details panel' });
    await handle.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.getByTestId('evidence-table').scrollIntoViewIfNeeded();
  });

  afterAll(async () => {
    await page.context().close();
  });

  async function download(name: string): Promise<{ file: string; bytes: Buffer }> {
    const button = page.getByTestId('evidence-map').getByRole('button', { name, exact: true });
    const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { file: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
  }

  test('the table stays inside the screen and scrolls sideways, pair names pinned', async () => {
    const box = await page.locator('.evidence-scroll').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, scroll: el.scrollWidth, client: el.clientWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.scroll).toBeGreaterThan(box.client);
    await page.locator('.evidence-scroll').evaluate((el) => el.scrollBy({ left: 400 }));
    const pinned = await page
      .locator('.evidence-table tbody th[scope="row"]')
      .first()
      .evaluate((el) => el.getBoundingClientRect().left);
    expect(pinned).toBeGreaterThanOrEqual(box.left - 1);
    await screenshot(page, 'evidence-map-phone');
  });

  test('PNG is the whole map at twice its size; CSV is the long table', async () => {
    const png = await download('PNG');
    expect(png.file).toBe('entente-evidence-by-decade.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR width and height: the picture (at least 640 wide) at scale 2.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1280);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(png.bytes.readUInt32BE(16));
    const csv = await download('CSV');
    expect(csv.file).toBe('entente-evidence-by-decade.csv');
    const lines = csv.bytes.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('pair,a,b,main,from,to,exists,events,evidence,level,lasting');
    expect(lines[1]).toMatch(/^Pakistan – Russia,pakistan,russia,true,1947,1949,true,/);
    expect(errors).toEqual([]);
  });
});
