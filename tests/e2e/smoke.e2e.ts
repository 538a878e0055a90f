import { expect, test } from 'vitest';
import { openApp, screenshot, statusText } from './harness';

test('the built app renders the graph canvas and a status line', async () => {
  const { page, errors } = await openApp();
  const canvases = await page.locator('[data-testid="graph"] canvas').count();
  expect(canvases).toBeGreaterThan(0);
  expect(await statusText(page)).toMatch(/\d+ actors/);
  await screenshot(page, 'smoke-light');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('moving the slider with the keyboard changes the date in the status line', async () => {
  const { page } = await openApp();
  const before = await statusText(page);
  const slider = page.getByRole('slider', { name: /time/i });
  await slider.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const after = await statusText(page);
  expect(after).not.toEqual(before);
  expect(await slider.getAttribute('aria-valuetext')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.context().close();
});
