import { expect, test } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { openApp, statusText } from './harness';

/** The read-only hook main.tsx puts on window for tests. */
type Hooked = { __entente: { cy: () => import('cytoscape').Core | null } };

/** A generic event table (docs/IMPORT.md, format 3) of 2,000 actors: actors come from the names. */
function eventTable(): string {
  const dataset = syntheticDataset({ seed: 14, actors: 2000, pairs: 6000, events: 12_000 });
  const label = new Map(dataset.actors.map((a) => [a.id, a.labels[0].label]));
  const rows = dataset.events.map(
    (e) => `${e.date},${label.get(e.source)},${label.get(e.target)},${e.cameo},${e.score}`,
  );
  return ['date,source,target,cameo,score', ...rows].join('\n');
}

const progress = '[data-testid="layout-progress"]';

test('importing 2,000 actors lays them out in a worker while the page stays usable', async () => {
  const { page, errors } = await openApp('', { width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
  await dialog.getByTestId('import-input').setInputFiles({
    name: 'two-thousand.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(eventTable()),
  });
  await page.getByText(/Loaded “[^”]*”: 1998 actors/).waitFor({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The graph is drawn at once in its first placement and the progress bar shows the layout running.
  await page.waitForSelector(progress, { timeout: 60_000 });
  expect(await page.textContent(progress)).toMatch(/Laying out 1,998 actors… \d+%/);
  // A set this large opens grouped into communities (issue 22); this test is about the actors' layout.
  await page
    .getByTestId('status-communities')
    .filter({ hasText: /\(large set\)/ })
    .getByRole('button', { name: 'Ungroup all' })
    .click({ timeout: 60_000 });
  expect(
    await page.evaluate(() => (window as unknown as Hooked).__entente.cy()?.nodes().length ?? 0),
  ).toBeGreaterThan(100);

  // The slider answers while a layout runs, and Cancel stops it where it got to. Each step starts a
  // fresh layout with Re-layout, since on a quiet machine the first one may have finished by now.
  const relayout = async () => {
    if (!(await page.isVisible(progress))) await page.getByRole('button', { name: 'Re-layout' }).click();
    await page.waitForSelector(progress);
  };
  await relayout();
  const before = await statusText(page);
  await page.getByRole('slider').focus();
  await page.keyboard.press('PageUp');
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="status-line"]')?.textContent !== text,
    before,
  );
  // A layout can end between the bar showing and the click; then another is started and cancelled.
  let cancelled = false;
  for (let attempt = 0; attempt < 5 && !cancelled; attempt++) {
    await relayout();
    cancelled = await page
      .locator(progress)
      .getByRole('button', { name: 'Cancel' })
      .click({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
  }
  expect(cancelled).toBe(true);
  await page.waitForSelector(progress, { state: 'detached' });
  expect(await page.isVisible(progress)).toBe(false);

  // Re-layout starts it again; deleting the dataset mid-layout stops it and brings back the bundled one.
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await page.waitForSelector(progress);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
  await page.waitForFunction(
    () =>
      !(
        document.querySelector('#dataset-select') as HTMLSelectElement | null
      )?.selectedOptions[0]?.textContent?.includes('two-thousand'),
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForSelector(progress, { state: 'detached' });
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => /layout\.worker/.test(e.name)),
    ),
  ).toBe(true);
  expect(errors.filter((e) => !/wheel sensitivity/.test(e))).toEqual([]);
  await page.context().close();
}, 300_000);

test('the bundled dataset draws from its shipped positions with no layout run', async () => {
  const { page, errors } = await openApp('?t=1971-12-03', { width: 1440, height: 900 });
  await page.waitForTimeout(500);
  expect(await page.isVisible(progress)).toBe(false);
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => /layout\.worker/.test(e.name)),
    ),
  ).toBe(false);
  expect(errors.filter((e) => !/wheel sensitivity/.test(e))).toEqual([]);
  await page.context().close();
});

test('a dragged node travels in the share link and comes back from it', async () => {
  const { page } = await openApp('?t=1971-12-03&pos=pakistan*4000*-4000', { width: 1440, height: 900 });
  await page.waitForFunction(() => {
    const p = (window as unknown as Hooked).__entente.cy()?.getElementById('n:pakistan').position();
    return p?.x === 4000 && p.y === -4000;
  });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('pos') === 'pakistan*4000*-4000');
  await page.context().close();
});
