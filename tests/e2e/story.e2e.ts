import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatDay, parseDate } from '../../src/model';
import { openApp, statusText } from './harness';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Screenshots go to /tmp for a person to look at; the docs script takes its own. */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/story-${name}.png` });

const storeTime = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __entente: { state(): { time: number } } }).__entente.state();
    return new Date(s.time * 86_400_000).toISOString().slice(0, 10);
  });

/** The dates time passes through until the pending glide lands (sampled once per frame). */
const glideDates = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((done) => {
        type S = { time: number; timeGlide: unknown };
        const state = () => (window as unknown as { __entente: { state(): S } }).__entente.state();
        const seen: string[] = [];
        const tick = () => {
          const s = state();
          const d = new Date(s.time * 86_400_000).toISOString().slice(0, 10);
          if (seen.at(-1) !== d) seen.push(d);
          if (s.timeGlide === null) done(seen);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );

/** Inside the viewport horizontally (the element itself, after scrolling it into view). */
async function reachable(page: Page, selector: ReturnType<Page['locator']>) {
  await selector.scrollIntoViewIfNeeded();
  const box = await selector.boundingBox();
  const view = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(-1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(view.width + 1);
  await expect.poll(() => selector.isVisible()).toBe(true);
}

describe.each(SIZES)('story, dates and markers at $width x $height', ({ name, width, height }) => {
  test('opens on the dataset’s telling date with a one-line tip', async () => {
    const { page, errors } = await openApp('', { width, height });
    expect(await statusText(page)).toContain('1971-12-13');
    const tip = page.getByRole('complementary', { name: 'Tip' });
    expect(await tip.textContent()).toMatch(
      /Press Play or drag the time bar; Story tells the history in 13 chapters/,
    );
    await reachable(page, page.getByRole('button', { name: 'Dismiss tip' }));
    await shot(page, `open-${name}`);
    await page.getByRole('button', { name: 'Dismiss tip' }).click();
    await page.reload();
    await page.waitForSelector('[data-testid="graph"] canvas');
    expect(await tip.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Story glides chapter to chapter, and Escape leaves it where it is', async () => {
    const { page, errors } = await openApp('', { width, height });
    const story = page.getByRole('button', { name: 'Story', exact: true });
    await reachable(page, story);
    await story.click();
    // A glide, not a jump: time passes through dates between where it was and the chapter's date.
    const between = (dates: string[], from: string, to: string) =>
      dates.filter((d) => d !== from && d !== to);
    const first = await glideDates(page);
    expect(first.at(-1)).toBe('1948-03-31');
    expect(between(first, '1971-12-13', '1948-03-31').length).toBeGreaterThan(0);
    const panel = page.locator('.story-panel');
    await expect.poll(() => panel.textContent()).toMatch(/chapter 1 of 13.*Partition and a cold welcome/);
    const next = page.getByRole('button', { name: 'Next →' });
    await reachable(page, next);
    await next.click();
    const second = await glideDates(page);
    expect(second.at(-1)).toBe('1955-09-23');
    expect(between(second, '1948-03-31', '1955-09-23').length).toBeGreaterThan(0);
    expect(
      await page.locator('[data-testid="graph"]').evaluate(() => {
        const cy = (
          window as unknown as {
            __entente: { cy(): { $(s: string): { map(f: (e: { id(): string }) => string): string[] } } };
          }
        ).__entente.cy();
        return cy
          .$('node.story')
          .map((n) => n.id().replace(/^n:/, ''))
          .sort();
      }),
    ).toEqual(['cento', 'pakistan', 'russia', 'seato', 'usa']);
    await shot(page, `chapter-${name}`);
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await storeTime(page)).toBe('1955-09-23');
    await expect.poll(() => page.url()).not.toMatch(/chapter=/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a share link opens a chapter; reduced motion jumps instead of gliding', async () => {
    const { page } = await openApp('?chapter=war-1971', { width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect
      .poll(() => page.locator('.story-panel h2').textContent())
      .toBe('1971: treaty, war and three vetoes');
    expect(await storeTime(page)).toBe('1971-12-13');
    await expect.poll(() => page.url()).toMatch(/chapter=war-1971/);
    await page.getByRole('button', { name: 'Next →' }).click();
    expect(await glideDates(page)).toEqual(['1980-12-31']);
    await page.context().close();
  });

  test('typing a date moves there; a bad one says why, inline', async () => {
    const { page } = await openApp('', { width, height });
    const box = page.getByRole('textbox', { name: /^Date/ });
    await reachable(page, box);
    await box.fill('1971-02-30');
    await box.press('Enter');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    const message = page.locator('.date-error');
    expect(await message.textContent()).toBe('February 1971 has 28 days.');
    await reachable(page, message);
    await shot(page, `date-error-${name}`);
    await box.fill('1930');
    await box.press('Enter');
    expect(await message.textContent()).toMatch(/runs from 1947-01-01 to 2012-12-31/);
    await box.fill('1965-09');
    await box.press('Enter');
    await expect.poll(() => statusText(page)).toContain('1965-09-01');
    await page.context().close();
  });

  test('close markers cluster with a count and open a list; a drag near a marker snaps to it', async () => {
    const { page } = await openApp('', { width, height });
    await page.getByRole('button', { name: 'Dismiss tip' }).click();
    const cluster = page.locator('.marker-cluster').first();
    await reachable(page, cluster);
    const count = Number(await cluster.textContent());
    expect(count).toBeGreaterThan(1);
    await cluster.hover();
    const list = page.locator('.marker-list');
    expect(await list.locator('button').count()).toBe(count);
    await shot(page, `markers-${name}`);
    // Markers never overlap: neighbouring buttons are at least one marker width apart.
    const xs = await page
      .locator('.markers > .marker-slot')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(12);

    await page.mouse.move(0, 0);
    const single = page.locator('.markers > .marker-slot > .marker:not(.marker-cluster)').first();
    const label = (await single.getAttribute('aria-label'))!;
    const markerBox = (await single.boundingBox())!;
    const slider = (await page.getByRole('slider', { name: 'Time' }).boundingBox())!;
    const y = slider.y + slider.height / 2;
    const x = markerBox.x + markerBox.width / 2;
    await page.mouse.move(x + 3, y);
    await page.mouse.down();
    await page.mouse.move(x + 2, y);
    await page.mouse.up();
    // Markers sit where the engine places their date: the middle of a month or year given alone.
    const markerDay = formatDay(parseDate(label.slice(0, label.indexOf(':')))!.mid);
    expect(await storeTime(page)).toBe(markerDay);
    await page.context().close();
  });
});
