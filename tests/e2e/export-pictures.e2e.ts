import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PICTURE_PRESETS, readPngMeta, tableMeasure } from '../../src/model/export';
import { FONT_FAMILY } from '../../src/model/export/text-metrics';
import { type AppPage, openApp } from './harness';

/** Ten dates across the span, among them the ones whose names collided before (issue 20). */
const DATES = [
  '1949-06-01',
  '1955-06-01',
  '1962-10-22',
  '1965-09-06',
  '1971-12-15',
  '1979-12-27',
  '1989-02-15',
  '1991-12-26',
  '2001-10-07',
  '2011-05-02',
];

const SHOTS = resolve(import.meta.dirname, 'screenshots');

/** Replaces the download click with a recorder, so each export's Blob can be read in the page. */
async function captureDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __saved: { name: string; href: string }[] };
    w.__saved = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.__saved.push({ name: this.download, href: this.href });
    };
  });
}

async function openMenu(page: Page): Promise<void> {
  if (await page.getByRole('menu', { name: 'Export' }).isVisible()) return;
  // On a phone the header folds into a menu.
  const exportButton = page.getByRole('button', { name: 'Export' });
  if (!(await exportButton.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
  await exportButton.click();
}

async function setSize(page: Page, size: string): Promise<void> {
  await openMenu(page);
  await page.getByRole('menu', { name: 'Export' }).getByLabel('Size').selectOption(size);
}

/** Sets the date, clicks one Export item and returns the file's bytes (base64) from the page. */
async function exportAt(page: Page, day: string, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.evaluate((d) => {
    const w = window as unknown as { __entente: { state: () => { setTime: (t: number) => void } } };
    w.__entente.state().setTime(Date.parse(d) / 86_400_000);
  }, day);
  return exportFile(page, testId);
}

async function exportFile(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const before = await page.evaluate(() => (window as unknown as { __saved: unknown[] }).__saved.length);
  await openMenu(page);
  await page.getByTestId(testId).click();
  await page.waitForFunction((n) => (window as unknown as { __saved: unknown[] }).__saved.length > n, before);
  const saved = await page.evaluate(async () => {
    const w = window as unknown as { __saved: { name: string; href: string }[] };
    const last = w.__saved[w.__saved.length - 1];
    const bytes = new Uint8Array(await (await fetch(last.href)).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return { name: last.name, b64: btoa(s) };
  });
  return { name: saved.name, bytes: Buffer.from(saved.b64, 'base64') };
}

interface Check {
  width: number;
  named: number;
  nodes: number;
  overlaps: string[];
  unnamedKey: string[];
  legend: string[];
}

/**
 * Puts an exported SVG into the page and measures it as Chromium draws it: every name's getBBox,
 * pairs of overlapping names, and which of the five most connected actors (edges drawn) lack a name.
 */
function checkSvg(page: Page, svg: string): Promise<Check> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(root);
    try {
      const boxes = [...root.querySelectorAll<SVGGElement>('g.node')].flatMap((g) => {
        const t = g.querySelector('text');
        if (!t) return [];
        const b = t.getBBox();
        return [{ id: g.dataset.id!, x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height }];
      });
      const overlaps: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${a.id}/${b.id}`);
      const degree = new Map<string, number>();
      for (const e of root.querySelectorAll<SVGPathElement>('path.edge'))
        for (const id of [e.dataset.source!, e.dataset.target!]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const key = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
      const named = new Set(boxes.map((b) => b.id));
      return {
        width: root.width.baseVal.value,
        named: boxes.length,
        nodes: root.querySelectorAll('g.node').length,
        overlaps,
        unnamedKey: key.filter(([id]) => !named.has(id)).map(([id]) => id),
        legend: [...root.querySelectorAll('g.legend-entry text')].map((t) => t.textContent ?? ''),
      };
    } finally {
      root.remove();
    }
  }, svg);
}

/** The screen legend's words; it starts folded below 1440 px wide, so it is opened first. */
const screenLegend = async (page: Page) => {
  const toggle = page.locator('section.legend .legend-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return page.evaluate(() =>
    [...document.querySelectorAll('section.legend .legend-list:not([aria-label]) li')].map(
      (li) => li.textContent?.trim() ?? '',
    ),
  );
};

describe('pictures for slides and papers', () => {
  // One page: the phone case narrows the same window to 390 x 844, where the pane is no picture size.
  let desk: AppPage;
  const asPhone = async (page: Page) => {
    await setSize(page, 'screen');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => matchMedia('(max-width: 899px)').matches);
  };
  const asDesk = (page: Page) => page.setViewportSize({ width: 1280, height: 720 });
  beforeAll(async () => {
    desk = await openApp('?t=1971-12-15', { width: 1280, height: 720 });
    await captureDownloads(desk.page);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await desk.page.context().close();
  });

  test('SVGs at 10 dates x slide, page and phone: no names overlap, the five most connected are named', async () => {
    const words = await screenLegend(desk.page);
    expect(words).toContain('Insufficient evidence');
    const page = desk.page;
    const sizes: [string, string | null, number][] = [
      ['slide', 'slide', PICTURE_PRESETS.slide.width],
      ['page', 'a4', PICTURE_PRESETS.a4.width],
      // A phone's pane is no picture size: "as on screen" falls back to the slide preset.
      ['phone', null, PICTURE_PRESETS.slide.width],
    ];
    const report: string[] = [];
    for (const [name, size, width] of sizes) {
      if (size) await setSize(page, size);
      else await asPhone(page);
      for (const day of DATES) {
        const { bytes } = await exportAt(page, day, 'export-svg');
        const check = await checkSvg(page, bytes.toString('utf8'));
        report.push(`${name} ${day}: ${check.named}/${check.nodes} named`);
        expect({ name, day, width: check.width }).toEqual({ name, day, width });
        expect({ name, day, overlaps: check.overlaps }).toEqual({ name, day, overlaps: [] });
        expect({ name, day, unnamed: check.unnamedKey }).toEqual({ name, day, unnamed: [] });
        expect(check.legend).toEqual(words);
      }
    }
    writeFileSync(resolve(SHOTS, 'export-pictures-named.txt'), `${report.join('\n')}\n`);
    await asDesk(page);
  });

  test("the CLI's width table agrees with Chromium's measureText in the picture font", async () => {
    const names = [
      'Mullah Mohammad Omar',
      'Burhanuddin Rabbani',
      'Organisation of the Islamic Conference',
      'Rivalry, estrangement, proxy contest',
      'Zulfikar Ali Bhutto',
      'Ürümqi Çağrı Łódź',
      'WAVY AVATAR Tokyo',
    ];
    const measured = await desk.page.evaluate(
      ([family, list]) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `400 12px ${family}`;
        return (list as string[]).map((n) => ctx.measureText(n).width);
      },
      [FONT_FAMILY, names] as const,
    );
    // Kerning only narrows the drawn text (most in "WAVY AVATAR"), so the table may be a few
    // percent wider, never narrower: placement errs on the side of room.
    for (const [i, name] of names.entries()) {
      const table = tableMeasure(name, 12);
      expect({ name, ok: table >= measured[i] - 0.5 && table <= measured[i] * 1.08 + 0.5 }).toEqual({
        name,
        ok: true,
      });
    }
  });

  test('PNGs have the preset size, their DPI and Title, Date, Source and Software text', async () => {
    const page = desk.page;
    const cases: [string | null, number, number, number][] = [
      ['slide', 1920, 1080, 144],
      ['letter', 3300, 2550, 300],
      [null, 1920, 1080, 144],
    ];
    for (const [size, width, height, dpi] of cases) {
      if (size) await setSize(page, size);
      else await asPhone(page);
      const { name, bytes } = await exportAt(page, '2001-10-07', 'export-png');
      expect(name).toBe('entente-2001-10-07.png');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
      const meta = readPngMeta(bytes);
      expect(meta.dpi).toBe(dpi);
      expect(Object.keys(meta.text)).toEqual(['Title', 'Date', 'Source', 'Software']);
      expect(meta.text.Date).toBe('2001-10-07');
      writeFileSync(resolve(SHOTS, `export-pictures-${size ?? 'phone'}.png`), bytes);
    }
    await asDesk(page);
  });

  test('the story exports as a PDF deck: a title page and one page a chapter', async () => {
    const chapters = await desk.page.evaluate(
      () =>
        (
          window as unknown as { __entente: { state: () => { dataset: { chapters: unknown[] } } } }
        ).__entente.state().dataset.chapters.length,
    );
    expect(chapters).toBeGreaterThan(5);
    const pdf = await exportFile(desk.page, 'export-deck-pdf');
    expect(pdf.name).toBe('entente-story.pdf');
    const file = resolve(SHOTS, 'export-story.pdf');
    writeFileSync(file, pdf.bytes);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    if (info.error) console.warn('skipped the PDF page count: pdfinfo (poppler-utils) is not installed');
    else expect(info.stdout).toMatch(new RegExp(`^Pages:\\s+${chapters + 1}$`, 'm'));
  });
});
