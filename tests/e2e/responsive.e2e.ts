import type { Core } from 'cytoscape';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, screenshot } from './harness';

type Hook = { __entente: { cy: () => Core; state: () => { selection: unknown; time: number } } };

const SIZES = [
  { name: 'desktop', width: 1440, height: 900, narrow: false },
  { name: 'tablet', width: 768, height: 1024, narrow: true },
  { name: 'phone', width: 390, height: 844, narrow: true },
] as const;

/** The element's box lies inside the viewport and its centre is not covered by anything else. */
async function expectOnScreen(page: Page, target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, `${what} has a box`).not.toBeNull();
  const view = page.viewportSize()!;
  expect(box!.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} right edge`).toBeLessThanOrEqual(view.width + 0.5);
  expect(box!.y + box!.height, `${what} bottom edge`).toBeLessThanOrEqual(view.height + 0.5);
  const hit = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (el === top || el.contains(top) || top.contains(el));
  });
  expect(hit, `${what} is not covered`).toBe(true);
}

/** Screen point of a node, from the live graph. */
function nodePoint(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as Hook).__entente.cy();
    const box = cy.container()!.getBoundingClientRect();
    // Node ids in cy carry the `n:` prefix (src/graph/elements.ts).
    const p = cy.getElementById(`n:${nodeId}`).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

const viewport = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as Hook).__entente.cy();
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

/** The camera glides to the actors of the date after load: wait until it has come to rest. */
async function cameraAtRest(page: Page) {
  let last = '';
  const resting = async () => {
    const now = JSON.stringify(await viewport(page));
    const same = now === last;
    last = now;
    return same;
  };
  await expect.poll(resting, { interval: 600, timeout: 10_000 }).toBe(true);
}

describe.each(SIZES)('at $width x $height ($name)', ({ name, width, height, narrow }) => {
  test('the slider, search, Export and the inspector are reachable and inside the viewport', async () => {
    const { page, errors } = await openApp('?t=1971-12-15', { width, height, hasTouch: narrow });
    // Nothing scrolls sideways: the page fits the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    const slider = page.getByRole('slider', { name: 'Time' });
    await expectOnScreen(page, slider, 'the time slider');
    await slider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^1972-12/);
    if (narrow) {
      // Touch-sized handle: the slider thumb's hit area is 44 px wide and the track is taller.
      const thumb = await page.evaluate(() =>
        getComputedStyle(document.querySelector('.time-track')!).getPropertyValue('--thumb').trim(),
      );
      expect(thumb).toBe('44px');
      expect((await slider.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      for (const label of ['Play', 'Step back']) {
        const button = page.getByRole('button', { name: new RegExp(`^${label}`) }).first();
        if ((await button.count()) === 0) continue;
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height), `${label} button size`).toBeGreaterThanOrEqual(44);
      }
    }

    const search = page.getByRole('combobox', { name: 'Find an actor' });
    await expectOnScreen(page, search, 'the search box');
    await search.fill('india');
    await expectOnScreen(page, page.getByRole('option').first(), 'the first search match');
    await search.fill('');

    if (narrow) {
      const menu = page.getByRole('button', { name: 'Menu' });
      await expectOnScreen(page, menu, 'the Menu button');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => page.getByRole('button', { name: 'Export' }).isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
    }
    const exportButton = page.getByRole('button', { name: 'Export' });
    await expectOnScreen(page, exportButton, 'the Export button');
    await exportButton.click();
    await expectOnScreen(page, page.getByTestId('export-png'), 'the PNG export item');
    await exportButton.click();
    if (narrow) {
      await page.keyboard.press('Escape');
      expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    }

    // Tapping (or clicking) a node opens its inspector where it can be read.
    const at = await nodePoint(page, 'pakistan');
    if (narrow) await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Hook).__entente.state().selection))
      .toEqual({ type: 'node', id: 'pakistan' });
    const title = page.getByRole('heading', { level: 2, name: 'Pakistan' });
    await expectOnScreen(page, title, 'the inspector title');
    if (narrow) {
      // The sheet sits above the time bar, never over it.
      const sheet = (await page.locator('.details-sheet').boundingBox())!;
      const footer = (await page.locator('.app-footer').boundingBox())!;
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(footer.y + 0.5);
      expect(await page.getByRole('button', { name: 'Details panel' }).getAttribute('aria-expanded')).toBe(
        'true',
      );
    }
    await screenshot(page, `responsive-${name}-inspector`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('on a phone', () => {
  test('pinch zooms and a one-finger drag pans the graph', async () => {
    const { page } = await openApp('?t=1971-12-15', { width: 390, height: 844, hasTouch: true });
    const graph = (await page.getByTestId('graph').boundingBox())!;
    // The first-visit tip sits over the top of the graph: a reader dismisses it first.
    await page.getByRole('button', { name: 'Dismiss tip' }).click();
    await cameraAtRest(page);
    // Pinch on an empty spot: a finger that lands on a node grabs it instead of zooming.
    const { cx, cy } = await page.evaluate(() => {
      const core = (window as unknown as Hook).__entente.cy();
      const box = core.container()!.getBoundingClientRect();
      const nodes = core.nodes().map((n) => n.renderedPosition());
      for (let y = 80; y < box.height / 2; y += 20)
        for (let x = 80; x < box.width - 80; x += 20)
          if (nodes.every((p) => Math.hypot(p.x - x, p.y - y) > 140))
            return { cx: box.left + x, cy: box.top + y };
      return { cx: box.left + box.width / 2, cy: box.top + box.height / 3 };
    });
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: string, points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: type as 'touchStart',
        touchPoints: points.map((p, id) => ({ ...p, id })),
      });

    // The camera glides to the actors of the date after load; pinch once it has come to rest.
    await cameraAtRest(page);
    const before = await viewport(page);
    await touch('touchStart', [
      { x: cx - 20, y: cy },
      { x: cx + 20, y: cy },
    ]);
    for (let step = 1; step <= 8; step++)
      await touch('touchMove', [
        { x: cx - 20 - step * 12, y: cy },
        { x: cx + 20 + step * 12, y: cy },
      ]);
    await touch('touchEnd', []);
    const zoomed = await viewport(page);
    expect(zoomed.zoom).toBeGreaterThan(before.zoom * 1.3);

    // Pan from an empty spot near the top left of the graph.
    const start = { x: graph.x + 30, y: graph.y + 30 };
    await touch('touchStart', [start]);
    for (let step = 1; step <= 6; step++)
      await touch('touchMove', [{ x: start.x + step * 15, y: start.y + step * 10 }]);
    await touch('touchEnd', []);
    const panned = await viewport(page);
    expect(Math.hypot(panned.pan.x - zoomed.pan.x, panned.pan.y - zoomed.pan.y)).toBeGreaterThan(40);
    await page.context().close();
  });

  test('the details sheet opens, resizes and closes from the keyboard, and tabs open it', async () => {
    const { page } = await openApp('?t=1971-12-15', { width: 390, height: 844, hasTouch: true });
    const handle = page.getByRole('button', { name: 'Details panel' });
    const sheetHeight = async () => (await page.locator('.details-sheet').boundingBox())!.height;
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    const closed = await sheetHeight();
    await handle.focus();
    await page.keyboard.press('Enter');
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    const open = await sheetHeight();
    expect(open).toBeGreaterThan(closed + 150);
    await page.keyboard.press('ArrowUp');
    expect(await sheetHeight()).toBeGreaterThan(open);
    await page.keyboard.press('Enter');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    // Choosing a tab of the closed sheet opens it on that tab.
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await expectOnScreen(page, page.getByRole('button', { name: 'Show everything' }), 'the filters reset');
    await screenshot(page, 'responsive-phone-filters');
    await page.context().close();
  });

  test('the Menu closes with Escape and gives focus back to its button', async () => {
    const { page } = await openApp('', { width: 390, height: 844, hasTouch: true });
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expectOnScreen(page, page.getByRole('combobox', { name: 'Dataset' }), 'the dataset switcher');
    await expectOnScreen(page, page.getByRole('button', { name: 'Import…' }), 'Import');
    await expectOnScreen(page, page.getByRole('button', { name: 'Dark theme' }), 'the theme toggle');
    await expectOnScreen(page, page.getByRole('button', { name: 'WebGL' }), 'the renderer toggle');
    await screenshot(page, 'responsive-phone-menu');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });
});

describe('small things', () => {
  test('no Cytoscape warning in the console (no custom wheel sensitivity)', async () => {
    const { page, warnings } = await openApp('?t=1971-12-15', { width: 1440, height: 900 });
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, -200);
    expect(warnings.filter((w) => /wheel sensitivity/i.test(w))).toEqual([]);
    await page.context().close();
  });

  test('the theme toggle keeps its label and says its state with aria-pressed', async () => {
    const { page } = await openApp('', { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.textContent()).toBe('Dark theme');
    await page.context().close();
  });

  test('the hover card hides when the node is clicked', async () => {
    const { page } = await openApp('?t=1971-12-15', { width: 1440, height: 900 });
    await cameraAtRest(page);
    const at = await nodePoint(page, 'india');
    await page.mouse.move(at.x, at.y);
    await page.locator('.hover-card').waitFor();
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('.hover-card').count()).toBe(0);
    await page.context().close();
  });

  test('with every kind hidden the graph says so, and Show all kinds brings them back', async () => {
    const { page } = await openApp('?t=1971-12-15&hide=country,leader,organization,group');
    const empty = page.getByTestId('graph-empty');
    await expect.poll(() => empty.textContent()).toMatch(/All kinds are hidden/);
    await screenshot(page, 'responsive-empty-kinds');
    await page.getByRole('button', { name: 'Show all kinds' }).click();
    await expect.poll(() => empty.count()).toBe(0);
    await page.context().close();
  });

  test('a date with no relations says so and offers the next date with relations', async () => {
    // Lasting states hold from the span's first day (the 1931 Soviet-Afghan treaty), so the bundled
    // data is empty on 1 January 1947 only with baselines off.
    const { page } = await openApp('?t=1947-01-01&base=0');
    const empty = page.getByTestId('graph-empty');
    await expect.poll(() => empty.textContent()).toMatch(/No relations at this date/);
    const jump = page.getByRole('button', { name: /^Go to \d{4}-\d{2}-\d{2}, the next date with relations/ });
    const label = (await jump.textContent())!;
    await jump.click();
    const slider = page.getByRole('slider', { name: 'Time' });
    expect(await slider.getAttribute('aria-valuetext')).toBe(label.slice(6, 16));
    await expect.poll(() => empty.count()).toBe(0);
    await page.context().close();
  });

  test('a search that moves time says so, and Undo goes back', async () => {
    const { page } = await openApp('?t=1960-01-01');
    const search = page.getByRole('combobox', { name: 'Find an actor' });
    await search.fill('Musharraf');
    await page.keyboard.press('Enter');
    const notice = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notice.textContent()).toMatch(/so the date moved from 1960-01-01/);
    await page.getByRole('button', { name: 'Undo' }).click();
    const slider = page.getByRole('slider', { name: 'Time' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('1960-01-01');
    await page.context().close();
  });

  test('the renderer choice survives a reload and travels in the share link', async () => {
    const { page } = await openApp('?t=1971-12-15');
    const toggle = page.getByRole('button', { name: 'WebGL' });
    await toggle.click();
    if (await toggle.isDisabled()) {
      // No WebGL2 in this Chromium (the click asks): the choice cannot be made, nothing to keep.
      await page.context().close();
      return;
    }
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/renderer=webgl/);
    // Without the parameter: the remembered choice (localStorage) draws with WebGL again.
    await page.goto(`${page.url().split('?')[0]}?t=1971-12-15`);
    await page.waitForSelector('[data-testid="graph"] canvas');
    expect(await page.getByRole('button', { name: 'WebGL' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'WebGL' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).not.toMatch(/renderer=/);
    await page.context().close();
  });

  test('the dataset switcher carries the full dataset name as its tooltip', async () => {
    const { page } = await openApp('', { width: 1440, height: 900 });
    const select = page.getByRole('combobox', { name: 'Dataset' });
    const title = await select.getAttribute('title');
    const shown = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0].textContent);
    expect(title).toContain(shown!.replace(/ \(built in\)$/, ''));
    expect((await select.boundingBox())!.width).toBeGreaterThan(300);
    await page.context().close();
  });
});
