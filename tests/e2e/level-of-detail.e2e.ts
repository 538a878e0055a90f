import { expect, test } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { openApp, screenshot } from './harness';

type Entente = {
  __entente: {
    cy: () => { edges: (s: string) => { length: number } } | null;
    state: () => { index: { actorOrder: string[] }; playing: boolean; moving: boolean };
  };
};

test(
  'playing the 2,000-actor synthetic graph draws only the strongest relations and says so',
  { timeout: 600_000 },
  async () => {
    const dataset = syntheticDataset({ seed: 2026, actors: 2000, pairs: 10_000, events: 40_000 });
    dataset.meta.name = 'Synthetic 2k';
    const { page, errors } = await openApp('', { width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
    await dialog.getByTestId('import-input').setInputFiles({
      name: 'synthetic-2k.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await page.getByText(/Loaded “Synthetic 2k”: 2,?000 actors/).waitFor({ timeout: 540_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.waitForFunction(
      () => {
        const app = (window as unknown as Entente).__entente;
        return app.state().index.actorOrder.length === 2000 && (app.cy()?.edges('*').length ?? 0) > 0;
      },
      undefined,
      { timeout: 540_000 },
    );
    // A set this large opens grouped into communities (issue 22); this test is about the actor graph.
    await page
      .getByTestId('status-communities')
      .filter({ hasText: /\(large set\)/ })
      .getByRole('button', { name: 'Ungroup all' })
      .click({ timeout: 60_000 });
    // Start a third of the way in, where thousands of relations exist, then play.
    const slider = page.getByRole('slider', { name: 'Time' });
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    await page.getByRole('button', { name: 'Play' }).click();
    const note = page.getByTestId('status-lod');
    await note.filter({ hasText: /showing the [\d,]+ strongest of [\d,]+ relations/ }).waitFor();
    const text = (await note.textContent()) ?? '';
    const [, drawn, total] = /showing the ([\d,]+) strongest of ([\d,]+)/
      .exec(text)!
      .map((x) => x.replace(/,/g, ''));
    expect(Number(drawn)).toBeLessThan(Number(total));
    await screenshot(page, 'level-of-detail-playing');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.waitForFunction(() => !(window as unknown as Entente).__entente.state().moving);
    // Stopped: the full graph is back, unless the fitted view counts as zoomed out, where Show all brings it.
    if (await note.count()) {
      await note.getByRole('button', { name: 'Show all' }).click();
      await note.filter({ hasText: 'all relations drawn' }).waitFor();
    }
    const status = (await page.getByTestId('status-line').textContent()) ?? '';
    const [, cooperative, hostile] = /(\d+) cooperative and (\d+) hostile/.exec(status)!;
    const neutral = Number(/, (\d+) neutral/.exec(status)?.[1] ?? 0);
    await page.waitForFunction(
      (n) => (window as unknown as Entente).__entente.cy()?.edges('[kind = "relation"]').length === n,
      Number(cooperative) + Number(hostile) + neutral,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  },
);
