import { expect, test } from 'vitest';
import { syntheticDataset } from '../../src/model/synthetic';
import { openApp, screenshot } from './harness';

type Node = { id(): string; data(key: string): unknown; renderedPosition(): { x: number; y: number } };
type Entente = {
  __entente: {
    cy: () => {
      nodes: (s?: string) => {
        length: number;
        map<T>(f: (n: Node) => T): T[];
        not(s: string): { length: number };
      };
    } | null;
    state: () => { grouped: boolean; expandedCommunities: ReadonlySet<number>; datasetName: string };
  };
  actorsBeforeGrouping?: number;
};

/**
 * 5,000 synthetic actors with positions shipped in the file (a plain grid), so no layout runs and the
 * test spends its time on grouping, not on ForceAtlas2.
 */
function dataset(): string {
  const ds = syntheticDataset({ seed: 14, actors: 5000, pairs: 10_000, events: 10_000 });
  ds.meta.name = 'Synthetic 5k';
  ds.meta.openAt = '1990';
  const positions = Object.fromEntries(
    ds.actors.map((a, i) => [a.id, [(i % 80) * 40, Math.floor(i / 80) * 40] as [number, number]]),
  );
  return JSON.stringify({ ...ds, positions });
}

test(
  '5,000 actors group into communities that expand, collapse and ungroup',
  { timeout: 120_000 },
  async () => {
    const { page, errors, warnings } = await openApp('', { width: 1440, height: 900 });
    // Every frame until it groups: how many of the new set's actors cy held (issue 22: none; drawing
    // thousands one by one only to fold them made the import's longest frames).
    await page.evaluate(() => {
      const w = window as unknown as Entente;
      w.actorsBeforeGrouping = 0;
      const look = () => {
        const state = w.__entente.state();
        if (state.grouped) return;
        if (state.datasetName === 'Synthetic 5k') {
          const ids =
            w.__entente
              .cy()
              ?.nodes()
              .map((n) => n.id()) ?? [];
          const synthetic = ids.filter((id) => /^n:a\d+$/.test(id)).length;
          w.actorsBeforeGrouping = Math.max(w.actorsBeforeGrouping!, synthetic);
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
    await dialog.getByTestId('import-input').setInputFiles({
      name: 'synthetic-5k.json',
      mimeType: 'application/json',
      buffer: Buffer.from(dataset()),
    });
    await page.getByText(/Loaded “Synthetic 5k”: 5,?000 actors/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    // So many actors present as it opens: the view starts grouped and says so (issue 22).
    const notice = page.getByTestId('status-communities');
    await notice.filter({ hasText: /grouped into [\d,]+ communities \(large set\)/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as Entente).__entente.state().grouped)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Entente).actorsBeforeGrouping)).toBe(0);
    await notice.getByRole('button', { name: 'Ungroup all' }).click();
    await page.waitForFunction(
      () => ((window as unknown as Entente).__entente.cy()?.nodes().length ?? 0) > 1500,
    );

    // Above the threshold the status line offers grouping, with the number of communities.
    const offer = page.getByRole('button', { name: /^Group into [\d,]+ communities$/ });
    await offer.waitFor();
    const communities = Number(/([\d,]+)/.exec((await offer.textContent())!)![1].replace(/,/g, ''));
    expect(communities).toBeGreaterThan(10);
    const before = await page.evaluate(
      () => (window as unknown as Entente).__entente.cy()!.nodes().not('.absent').length,
    );
    expect(before).toBeGreaterThan(1500);
    await offer.click();
    await notice
      .filter({ hasText: `grouped into ${communities.toLocaleString('en')} communities` })
      .waitFor();

    // Far fewer nodes are drawn: one per community (plus the actors with no cooperative link at all).
    const grouped = await page.evaluate(() => {
      const nodes = (window as unknown as Entente).__entente.cy()!.nodes();
      return {
        all: nodes.length,
        meta: nodes.map((n) => n.data('community')).filter((k) => k !== undefined).length,
      };
    });
    expect(grouped.meta).toBe(communities);
    expect(grouped.all).toBeLessThan(before / 5);
    await screenshot(page, 'communities-grouped');

    // Clicking a meta-node inspects it; Expand shows its members, Collapse folds them back.
    // The camera may still glide into the free area after grouping: read the node where it is once the
    // viewport holds still, and read it again if a glide moved it under the click.
    const inspector = page.getByRole('article', { name: /^Community: / });
    const box = (await page.getByTestId('graph').boundingBox())!;
    let target = { k: 0, members: 0, at: { x: 0, y: 0 } };
    for (let attempt = 0; attempt < 3; attempt++) {
      target = await page.evaluate(async () => {
        type Cy = import('cytoscape').Core;
        const cy = (window as unknown as { __entente: { cy: () => Cy } }).__entente.cy();
        const view = () => `${cy.zoom().toFixed(4)}:${cy.pan().x.toFixed(1)}:${cy.pan().y.toFixed(1)}`;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        for (let last = '', i = 0; i < 120 && last !== view(); i++) {
          last = view();
          await frame();
          await frame();
        }
        const n = cy.nodes('[kind = "community"]')[0];
        return {
          k: n.data('community') as number,
          members: n.data('members') as number,
          at: n.renderedPosition(),
        };
      });
      await page.mouse.click(box.x + target.at.x, box.y + target.at.y);
      if (
        await inspector.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
    }
    await inspector.waitFor();
    expect(
      await inspector.getByRole('region', { name: 'Members' }).getByRole('listitem').count(),
    ).toBeGreaterThan(0);
    await inspector.getByRole('button', { name: 'Expand' }).click();
    await notice.filter({ hasText: '(1 expanded)' }).waitFor();
    const expanded = await page.evaluate(() => (window as unknown as Entente).__entente.cy()!.nodes().length);
    expect(expanded).toBe(grouped.all - 1 + target.members);
    await inspector.getByRole('button', { name: 'Collapse' }).click();
    await page.waitForFunction(
      (n) => (window as unknown as Entente).__entente.cy()!.nodes().length === n,
      grouped.all,
    );

    // A double-click expands too; scrubbing keeps the grouping (communities are computed over the span).
    await page.mouse.dblclick(box.x + target.at.x, box.y + target.at.y);
    await notice.filter({ hasText: '(1 expanded)' }).waitFor();
    await page.getByRole('slider', { name: 'Time' }).focus();
    await page.keyboard.press('PageUp');
    await notice.filter({ hasText: '(1 expanded)' }).waitFor();

    // Ungroup all brings every actor back.
    await notice.getByRole('button', { name: 'Ungroup all' }).click();
    await offer.waitFor();
    await page.waitForFunction(
      (n) => (window as unknown as Entente).__entente.cy()!.nodes().not('.absent').length > n,
      before / 2,
    );
    expect(await page.evaluate(() => (window as unknown as Entente).__entente.state().grouped)).toBe(false);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => /selector|mapping|style/i.test(w))).toEqual([]);
    await page.context().close();
  },
);
