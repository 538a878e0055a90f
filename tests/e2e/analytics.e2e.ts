import { expect, test } from 'vitest';
import { openApp, screenshot } from './harness';

type Probe = { cy: () => { $: (s: string) => { length: number } } | null };

/** Counts graph elements matching a selector in the live cy instance. */
const count = (page: import('playwright-core').Page, selector: string) =>
  page.evaluate(
    (s) => (window as unknown as { __entente: Probe }).__entente.cy()?.$(s).length ?? -1,
    selector,
  );

test('the analytics panel solves the frustration index exactly in a worker, plots the span and shows camps', async () => {
  const { page, errors } = await openApp('?t=2003-03-01&panel=analytics');
  const panel = page.getByTestId('analytics-panel');
  await panel.waitFor();
  await page.getByTestId('balance-index').waitFor();
  expect(await page.getByTestId('balance-index').textContent()).toMatch(/\d+% of \d+/);

  // The exact value comes from HiGHS (WebAssembly) in the analytics worker, under the app's CSP.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="frustration-value"]')?.textContent?.endsWith(', exact'),
    undefined,
    { timeout: 30000 },
  );
  expect(await page.getByTestId('frustrated-ties').locator('li').count()).toBeGreaterThan(0);

  // Balance over the whole span, computed in the worker, with the time shown marked.
  const now = page.getByTestId('series-now');
  await now.waitFor({ state: 'attached' });
  const before = Number(await now.getAttribute('x1'));
  const slider = page.getByRole('slider', { name: /time/i });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(
    (x) => Number(document.querySelector('[data-testid="series-now"]')?.getAttribute('x1')) < x,
    before,
  );
  await page.waitForFunction(() =>
    /exact for|exact \(|frustration exact/.test(
      document.querySelector('[data-testid="series-status"]')?.textContent ?? '',
    ),
  );
  await page.keyboard.press('End');

  // Camps view: every actor of the signed graph gets a camp ring; strained ties glow.
  await page.getByRole('checkbox', { name: /Camps view/ }).check();
  await page.waitForFunction(
    () => ((window as unknown as { __entente: Probe }).__entente.cy()?.$('node.camp-a').length ?? 0) > 0,
  );
  expect(await count(page, 'node.camp-b')).toBeGreaterThan(0);
  expect(await count(page, 'edge.frustrated')).toBeGreaterThan(0);
  expect(await page.getByTestId('overlay-key').textContent()).toMatch(/Camp A.*Camp B/);
  await screenshot(page, 'analytics-camps');
  await page.getByRole('checkbox', { name: /Camps view/ }).uncheck();
  await page.waitForFunction(
    () => (window as unknown as { __entente: Probe }).__entente.cy()?.$('node.camp-a').length === 0,
  );
  expect(errors).toEqual([]);
  await page.context().close();
});

test('comparing two dates lists the changes with their events and marks them on the graph', async () => {
  const { page, errors } = await openApp('?t=2003-03-01&panel=analytics');
  await page.getByTestId('analytics-panel').waitFor();
  await page.getByRole('textbox', { name: 'Date A' }).fill('1990-01-01');
  await page.getByRole('textbox', { name: 'Date B' }).fill('2003-03-01');
  await page.getByRole('button', { name: 'Compare' }).click();
  const rows = page.getByTestId('compare-table').locator('tbody tr');
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await page.getByTestId('compare-summary').textContent()).toMatch(/1990-01-01 → 2003-03-01/);
  // Each change with events links to them.
  await page
    .getByTestId('compare-table')
    .getByRole('button', { name: /\d+ events? ▸/ })
    .first()
    .click();
  expect(await page.getByTestId('compare-table').locator('.change-events li').count()).toBeGreaterThan(0);
  // The overlay code loads on first use; wait until it has marked the graph.
  const marked =
    'edge.change-appeared, edge.change-vanished, edge.change-flipped, edge.change-strengthened, edge.change-weakened';
  await page.waitForFunction(
    (s) => ((window as unknown as { __entente: Probe }).__entente.cy()?.$(s).length ?? 0) > 0,
    marked,
  );
  expect(await count(page, 'edge.unchanged')).toBeGreaterThan(0); // the rest are dimmed
  await screenshot(page, 'analytics-compare');
  await page.getByRole('button', { name: 'Clear comparison' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __entente: Probe }).__entente.cy()?.$('.unchanged').length === 0,
  );
  expect(errors).toEqual([]);
  await page.context().close();
});
