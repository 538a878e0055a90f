import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { type Box, openApp, screenshot, meets } from './harness';

/** A drawn node: a folded community (its box) or an actor (an expanded community's member). */
interface Drawn {
  id: string;
  community: boolean;
  box: Box;
  /** The name's box when the canvas draws it, and its size on screen. */
  name: Box | null;
  px: number;
}

type Cy = import('cytoscape').Core;
type Hook = {
  __entente: {
    cy: () => Cy | null;
    state: () => {
      grouped: boolean;
      layoutStatus: unknown;
      expandCommunity: (k: number) => void;
    };
  };
  __still?: [string, number];
};

/** A 2,000-actor event table as a CSV (date, source, target, CAMEO code, score): no positions, no communities. */
function eventTable(): string {
  const ds = syntheticDataset({ seed: 2026, actors: 2000, pairs: 6000, events: 20_000 });
  const name = new Map(ds.actors.map((a) => [a.id, a.labels[0].label]));
  const rows = ds.events.map(
    (e) => `${e.date},${name.get(e.source)},${name.get(e.target)},${e.cameo},${e.score}`,
  );
  return ['date,source,target,cameo,score', ...rows].join('\n');
}

/** Waits until the camera has stopped and the names have been placed for where it stopped. */
async function settle(page: Page) {
  await page.evaluate(() => delete (window as unknown as Hook).__still);
  await page.waitForFunction(
    () => {
      const w = window as unknown as Hook;
      const cy = w.__entente.cy();
      if (!cy || cy.animated()) return false;
      const key = `${cy.zoom().toFixed(4)}:${cy.pan().x.toFixed(1)}:${cy.pan().y.toFixed(1)}:${cy.$('.named').length}`;
      const now = performance.now();
      if (w.__still?.[0] !== key) w.__still = [key, now];
      return now - w.__still[1] > 500;
    },
    undefined,
    { polling: 100 },
  );
}

/** Every node drawn now with its box and, when the canvas draws it, its name's box (container pixels). */
function look(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as Hook).__entente.cy()!;
    type Styled = { pstyle: (name: string) => { pfValue: number; strValue: string } };
    const out: Drawn[] = [];
    cy.nodes().forEach((node) => {
      if (node.hasClass('absent')) return;
      const s = node as unknown as Styled;
      const px = s.pstyle('font-size').pfValue * cy.zoom();
      const drawn = s.pstyle('label').strValue && px >= s.pstyle('min-zoomed-font-size').pfValue;
      const b = node.renderedBoundingBox({ includeLabels: false, includeEdges: false });
      const n = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      out.push({
        id: node.id(),
        community: node.data('kind') === 'community',
        box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
        name: drawn ? { x1: n.x1, y1: n.y1, x2: n.x2, y2: n.y2 } : null,
        px,
      });
    });
    return out;
  });
}

/**
 * The grouped picture reads: no two community boxes meet, no member of an expanded community or its
 * name lies on another community's box, no name crosses a box but its own, no two names meet, and
 * every name is at least 11 px. Returns the figures (each count must be 0).
 */
function crossings(drawn: Drawn[]) {
  const boxes = drawn.filter((d) => d.community);
  const members = drawn.filter((d) => !d.community);
  const named = drawn.filter((d) => d.name);
  const pairs = <T>(list: T[], test: (a: T, b: T) => boolean) =>
    list.flatMap((a, i) =>
      list
        .slice(i + 1)
        .filter((b) => test(a, b))
        .map((b) => [a, b]),
    );
  return {
    boxesMeeting: pairs(boxes, (a, b) => meets(a.box, b.box)).length,
    membersOnBoxes: members.filter((m) => boxes.some((b) => meets(m.box, b.box))).length,
    namesOnBoxes: named.filter((d) => boxes.some((b) => b.id !== d.id && meets(d.name!, b.box))).length,
    namesMeeting: pairs(named, (a, b) => meets(a.name!, b.name!)).length,
    namesUnder11: named.filter((d) => d.px < 11).length,
  };
}

const NONE = { boxesMeeting: 0, membersOnBoxes: 0, namesOnBoxes: 0, namesMeeting: 0, namesUnder11: 0 };

test(
  'a 2,000-actor import: community boxes, expanded members and names never cross another box (1440x900, 390x844)',
  { timeout: 120_000 },
  async () => {
    const { page, errors } = await openApp('', { width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
    await dialog.getByTestId('import-input').setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(eventTable()),
    });
    await page.getByText(/Loaded “events”/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Large sets open grouped; the communities are placed once the span layout has landed.
    await page.waitForFunction(
      () => {
        const w = window as unknown as Hook;
        const state = w.__entente.state();
        return (
          state.grouped && state.layoutStatus === null && !!w.__entente.cy()?.$('[kind = "community"]').length
        );
      },
      undefined,
      { timeout: 60_000, polling: 200 },
    );
    const figures: string[] = [];
    const check = async (what: string, everyBoxLabelled = false) => {
      await settle(page);
      const drawn = await look(page);
      const found = crossings(drawn);
      const names = drawn.filter((d) => d.name).length;
      const silentBoxes = drawn.filter((d) => d.community && !d.name).length;
      figures.push(
        `${what}: ${drawn.length} nodes, ${names} names or counts, ${silentBoxes} boxes without either, ${JSON.stringify(found)}`,
      );
      await screenshot(page, `readable-communities-${what.replace(/\W+/g, '-')}`);
      expect(found, what).toEqual(NONE);
      // Folded, every box says at least how many actors it holds (its name where there is room).
      if (everyBoxLabelled) expect(silentBoxes, what).toBe(0);
    };
    await check('1440 grouped', true);

    // The largest community opens (the one whose members need the most room).
    await page.evaluate(() => {
      const w = window as unknown as Hook;
      const boxes = w.__entente.cy()!.$('[kind = "community"][loose = 0]');
      const largest = boxes.max((n) => Number(n.data('members'))).ele;
      w.__entente.state().expandCommunity(Number(largest.data('community')));
    });
    await page.getByTestId('status-communities').filter({ hasText: '(1 expanded)' }).waitFor();
    await check('1440 expanded');
    // The same page on a phone-wide window: the legend a desktop opens is folded, as a phone starts it.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'readable-communities-390-legend-open');
    await page.locator('.legend-toggle').click();
    await check('390 expanded');
    expect(errors).toEqual([]);
    console.log(figures.join('\n'));
  },
);
