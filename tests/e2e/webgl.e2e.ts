import { expect, test } from 'vitest';
import { openApp, screenshot, statusText } from './harness';

type CyHandle = { __entente: { cy: () => import('cytoscape').Core | null } };

test('the WebGL toggle redraws the graph without dashes, hostility still marked', async () => {
  const { page, errors } = await openApp('?t=1971-12');
  const before = await statusText(page);
  const toggle = page.getByRole('button', { name: 'WebGL' });
  await toggle.click();
  await page.locator('button[aria-pressed="true"]', { hasText: 'WebGL' }).waitFor();
  await page.waitForSelector('[data-testid="graph"] canvas');
  expect(await statusText(page)).toEqual(before);
  const hostile = await page.evaluate(() => {
    const cy = (window as unknown as CyHandle).__entente.cy()!;
    return cy.edges('[kind = "relation"][sign < 0]').map((e) => ({
      dash: e.style('line-style'),
      arrow: e.style('target-arrow-shape'),
      colour: e.style('line-color'),
    }));
  });
  expect(hostile.length).toBeGreaterThan(0);
  for (const edge of hostile) {
    expect(edge.dash).toBe('solid');
    expect(edge.arrow).not.toBe('none');
  }
  await screenshot(page, 'webgl-1971');
  await toggle.click();
  await page.locator('button[aria-pressed="false"]', { hasText: 'WebGL' }).waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
});
