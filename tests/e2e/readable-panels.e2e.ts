import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { type AppPage, openApp, screenshot } from './harness';

/**
 * Panels that scroll with their tabs in view, and a story that fits a phone (issue 18, points 3-5).
 * Lean on purpose: one page per input kind (mouse, touch), resized from size to size.
 */

type Hook = {
  __entente: {
    state: () => {
      select: (s: { type: 'edge'; id: string }) => void;
      storyChapter: number | null;
      selection: unknown;
    };
  };
};

const DESKTOP = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];
const TOUCH = [
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];

/** The element's centre is inside the viewport and nothing else is drawn over it there. */
async function uncovered(page: Page, selector: string, at: 'centre' | 'top' = 'centre'): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, where) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = where === 'top' ? r.top + Math.min(8, r.height / 2) : r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return !!top && (el === top || el.contains(top) || top.contains(el));
    }, at);
}

/** Opens Pakistan–Russia (the relation with the most events) at the end of the span, wheels its panel to the bottom. */
async function panelReachesLastItem(page: Page, label: string) {
  await page.evaluate(() =>
    (window as unknown as Hook).__entente.state().select({ type: 'edge', id: 'rel:pakistan~russia' }),
  );
  const panel = page.locator('.tab-panel');
  await page.getByRole('heading', { level: 2, name: /Pakistan/ }).waitFor();
  // The whole evidence list: the longest inspector there is.
  const all = page.getByRole('button', { name: /^Show all \d+ events/ });
  if (await all.count()) await all.click();
  const tabsBefore = (await page.getByRole('tablist', { name: 'Side panel' }).boundingBox())!;
  const box = (await panel.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 60));
  // The wheel reaches the panel (it did not on a desktop before), then the rest of the way at once.
  await page.mouse.wheel(0, 800);
  await page.waitForFunction(() => document.querySelector('.tab-panel')!.scrollTop > 0);
  const last = await panel.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });
  expect(last, `${label}: the panel scrolled`).toBeGreaterThan(300);
  const lastItem = '.tab-panel .evidence-item:last-child';
  const item = (await page.locator(lastItem).last().boundingBox())!;
  const view = page.viewportSize()!;
  const panelBox = (await panel.boundingBox())!;
  expect(item.y + item.height, `${label}: last item inside the panel`).toBeLessThanOrEqual(
    panelBox.y + panelBox.height + 1,
  );
  expect(item.y + item.height, `${label}: last item on screen`).toBeLessThanOrEqual(view.height + 1);
  expect(await uncovered(page, '[role="tablist"][aria-label="Side panel"]'), `${label}: tabs in view`).toBe(
    true,
  );
  // Keyboard focus deep in the panel scrolls the panel only: the tabs do not move.
  await page.locator('.tab-panel button').last().focus();
  const tabsAfter = (await page.getByRole('tablist', { name: 'Side panel' }).boundingBox())!;
  expect(tabsAfter.y, `${label}: tabs stay put`).toBeCloseTo(tabsBefore.y, 0);
  expect(await page.locator('.side-panel').evaluate((el) => el.scrollTop)).toBe(0);
}

const pages: AppPage[] = [];
afterAll(async () => {
  for (const p of pages) await p.page.context().close();
});

describe('panels scroll, tabs stay', () => {
  test('at 1440x900 and 1280x720 (mouse) the inspector scrolls to its last item with the tabs in view', async () => {
    const app = await openApp('?t=2012-12-01', DESKTOP[0]);
    pages.push(app);
    for (const size of DESKTOP) {
      await app.page.setViewportSize(size);
      await panelReachesLastItem(app.page, `${size.width}x${size.height}`);
      await screenshot(app.page, `panels-scrolled-${size.width}x${size.height}`);
    }
    expect(app.errors).toEqual([]);
  });

  test('at 768x1024, 390x844 and 360x640 (touch) too, and a 360x640 phone keeps half its height for the graph', async () => {
    const app = await openApp('?t=2012-12-01', { ...TOUCH[0], hasTouch: true });
    pages.push(app);
    for (const size of TOUCH) {
      await app.page.setViewportSize(size);
      const label = `${size.width}x${size.height}`;
      const pane = (await app.page.locator('.graph-pane').boundingBox())!;
      if (size.height <= 640)
        expect(pane.height, `${label}: graph height`).toBeGreaterThanOrEqual(size.height / 2);
      // Touch targets: 44 px or more.
      for (const sel of [
        '.date-input',
        '.story-button',
        '.first-hint .primary',
        '.first-hint .icon-button',
      ]) {
        const b = (await app.page.locator(sel).first().boundingBox())!;
        expect(Math.min(b.width, b.height), `${label}: ${sel}`).toBeGreaterThanOrEqual(44);
      }
      await panelReachesLastItem(app.page, label);
    }
    // A filter row is a 44 px target too.
    await app.page.getByRole('tab', { name: 'Filters' }).click();
    const row = (await app.page.locator('.filters .check').first().boundingBox())!;
    expect(row.height).toBeGreaterThanOrEqual(44);
    expect(app.errors).toEqual([]);
  });
});

/** Whether the story card's title, the top of its caption and its Next button are drawn uncovered. */
const cardReadable = (page: Page) =>
  page.evaluate(() => {
    const seen = (sel: string, top = false) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = top ? r.top + Math.min(8, r.height / 2) : r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return !!hit && (el === hit || el.contains(hit) || hit.contains(el));
    };
    return {
      title: seen('.story-card h2'),
      caption: seen('.story-card .story-caption', true),
      next: seen('.story-card .story-nav .primary'),
    };
  });

const READABLE = { title: true, caption: true, next: true };

describe('the story on a phone', () => {
  test('title, caption and Next are on screen and uncovered at 390x844 and 360x640; Next walks all 13 chapters and ends the story', async () => {
    const { page } = pages[1];
    // Chapters jump instead of gliding: this test is about the card, not the animation.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Straight on from the panels test: a relation is selected, and starting the story clears it.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const card = page.locator('.story-card');
    await card.waitFor();
    expect(await page.evaluate(() => (window as unknown as Hook).__entente.state().selection)).toBeNull();
    expect(await cardReadable(page)).toEqual(READABLE);
    await screenshot(page, 'story-390x844');

    await page.setViewportSize({ width: 360, height: 640 });
    for (let chapter = 1; chapter <= 13; chapter++) {
      await expect.poll(() => card.locator('.story-count').textContent()).toMatch(`chapter ${chapter} of 13`);
      expect(await cardReadable(page), `chapter ${chapter}`).toEqual(READABLE);
      if (chapter === 5) await screenshot(page, 'story-360x640');
      await card.locator('.story-nav .primary').click();
    }
    await expect.poll(() => card.locator('h2').textContent()).toBe('You have seen all 13 chapters');
    // A swipe to the right (pointer events from the mouse) goes back to the last chapter.
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 220, box.y + 46, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => card.locator('.story-count').textContent()).toMatch('chapter 13 of 13');
    await page.getByRole('button', { name: 'Leave story' }).click();
    expect(await page.evaluate(() => (window as unknown as Hook).__entente.state().storyChapter)).toBeNull();
  });
});
