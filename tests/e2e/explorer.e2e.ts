import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openApp, screenshot, statusText } from './harness';

/** The relation edges on the canvas, as "id sign weight" strings (read through the test hook). */
async function relationLooks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __entente: { cy: () => Core } }).__entente.cy();
    return cy
      .edges('[kind = "relation"]')
      .map((e) => `${e.id()} ${e.data('sign')} ${e.data('w')}`)
      .sort();
  });
}

/** Moves time with the keyboard on the Time slider. */
async function press(page: Page, ...keys: string[]) {
  await page.getByRole('slider', { name: 'Time' }).focus();
  for (const key of keys) await page.keyboard.press(key);
}

/**
 * Screen points of relation-edge midpoints that are easy to hit: no node within 18px and no parallel
 * edge (a tie) between the same actors; heaviest first.
 */
async function edgeMidpoints(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __entente: { cy: () => Core } }).__entente.cy();
    const box = cy.container()!.getBoundingClientRect();
    const nodes = cy.nodes().not('.absent').toArray() as NodeSingular[];
    const edges = cy.edges('[kind = "relation"]').toArray() as EdgeSingular[];
    return edges
      .filter((e) => e.parallelEdges().length === 1)
      .map((e) => ({ e, p: e.renderedMidpoint() }))
      .filter(({ p }) =>
        nodes.every((n) => {
          const q = n.renderedPosition();
          return Math.hypot(p.x - q.x, p.y - q.y) > 18;
        }),
      )
      .filter(({ p }) => p.x > 10 && p.y > 10 && p.x < cy.width() - 10 && p.y < cy.height() - 140)
      .sort((a, b) => b.e.data('w') - a.e.data('w'))
      .slice(0, 15)
      .map(({ e, p }) => ({ id: e.id(), x: box.left + p.x, y: box.top + p.y }));
  });
}

const selectionOf = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __entente: { state: () => { selection: unknown } } }).__entente.state()
        .selection,
  );

/**
 * Clicks relation midpoints until one selects its own edge (in a dense graph another line may cross
 * a midpoint); returns that edge's id, or null if none could be hit.
 */
async function clickAnEdge(page: Page): Promise<string | null> {
  // The camera glides to the date's actors once time rests: aim only once it has stopped.
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __entente: { cy: () => Core }; __still?: [string, number] };
      const cy = w.__entente.cy();
      const key = `${cy.zoom()}:${cy.pan().x}:${cy.pan().y}`;
      if (cy.animated() || w.__still?.[0] !== key) w.__still = [key, performance.now()];
      return performance.now() - w.__still[1] > 600;
    },
    undefined,
    { polling: 100 },
  );
  for (const edge of await edgeMidpoints(page)) {
    await page.mouse.click(edge.x, edge.y);
    const selected = (await selectionOf(page)) as { id?: string } | null;
    if (selected?.id === edge.id) return edge.id;
  }
  return null;
}

test('the graph is drawn with actors, and the keyboard moves time, the status line and the edges', async () => {
  // From the first day of the span (the app itself opens on the dataset's meta.openAt).
  const { page, errors } = await openApp('?t=1947-01-01');
  const nodes = await page.evaluate(
    () => (window as unknown as { __entente: { cy: () => Core } }).__entente.cy().nodes().length,
  );
  expect(nodes).toBeGreaterThan(0);
  const statusBefore = await statusText(page);
  const edgesBefore = await relationLooks(page);
  await press(page, ...Array<string>(10).fill('Shift+ArrowRight'));
  const slider = page.getByRole('slider', { name: 'Time' });
  expect(await slider.getAttribute('aria-valuetext')).toMatch(/^1957-/);
  expect(await statusText(page)).not.toEqual(statusBefore);
  expect(await statusText(page)).toMatch(/^1957-\d\d-\d\d: \d+ actors?/);
  expect(await relationLooks(page)).not.toEqual(edgesBefore);
  await press(page, 'ArrowRight');
  expect(await slider.getAttribute('aria-valuetext')).toMatch(/^1957-02-/);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('clicking an edge opens its evidence, with citations, in the inspector', async () => {
  const { page, errors } = await openApp();
  await press(page, 'End', 'Shift+ArrowLeft', 'Shift+ArrowLeft');
  const edge = await clickAnEdge(page);
  expect(edge).not.toBeNull();
  const panel = page.getByRole('tabpanel');
  await panel.getByText('Relation', { exact: true }).waitFor();
  const events = panel.getByRole('list', { name: 'Events behind this relation' }).getByRole('listitem');
  expect(await events.count()).toBeGreaterThan(0);
  // Its date, and a citation: a seed line or a named published reference.
  expect(await events.first().textContent()).toMatch(/\d{4}/);
  expect(await events.first().locator('cite').count()).toBeGreaterThan(0);
  expect(await panel.getByRole('img', { name: /^Tone of / }).count()).toBe(1);
  expect(await selectionOf(page)).toEqual({ type: 'edge', id: edge });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('play advances time until paused', async () => {
  const { page } = await openApp();
  const slider = page.getByRole('slider', { name: 'Time' });
  const start = await slider.getAttribute('aria-valuetext');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    (before) => document.querySelector('[aria-label="Time"]')?.getAttribute('aria-valuetext') !== before,
    start,
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await slider.getAttribute('aria-valuetext');
  expect(paused! > start!).toBe(true);
  expect(await statusText(page)).toContain(paused!);
  await page.context().close();
});

test('searching an actor by alias selects it and shows it in the inspector', async () => {
  const { page } = await openApp();
  const box = page.getByRole('combobox', { name: 'Find an actor' });
  await box.fill('Moscow');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await box.press('Enter');
  const heading = page.getByRole('tabpanel').getByRole('heading', { level: 2 });
  expect(await heading.textContent()).toMatch(/Soviet Union|Russia/);
  await page.context().close();
});

test('scrubbing never shifts the layout', async () => {
  const { page } = await openApp();
  const boxes = () =>
    page.evaluate(() =>
      ['.graph-pane', '.side-panel', '.time-track', '.time-date', '.play-controls', '.status-line'].map(
        (sel) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' ');
        },
      ),
    );
  const before = await boxes();
  await press(page, 'Shift+ArrowRight', 'Shift+ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
  expect(await boxes()).toEqual(before);
  await press(page, 'End');
  expect(await boxes()).toEqual(before);
  await page.context().close();
});

test('screenshots at 1280x720 in light and dark themes', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, errors } = await openApp('', { colorScheme });
    await press(page, 'End', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft');
    await clickAnEdge(page);
    await page.mouse.move(1100, 300); // off the graph, so no hover card covers the picture
    await page.waitForTimeout(400); // let the fade transitions settle before the picture
    await screenshot(page, `explorer-${colorScheme}`);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Window' }).click();
    expect(await statusText(page)).toMatch(/^\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d: .*inside the window/);
    expect(await page.getByRole('slider', { name: 'Window start' }).count()).toBe(1);
    await screenshot(page, `explorer-${colorScheme}-filters-window`);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

test('the theme button switches the page and the graph between light and dark', async () => {
  const { page } = await openApp('', { colorScheme: 'light' });
  const labelColour = () =>
    page.evaluate(() =>
      (window as unknown as { __entente: { cy: () => Core } }).__entente.cy().nodes().first().style('color'),
    );
  const before = await labelColour();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await labelColour()).not.toEqual(before);
  await page.context().close();
});
