/**
 * Writes the screenshots docs/EXPLORER.md shows (docs/img/*.png) from the built app, so they never
 * drift from what the app looks like: `npm run docs:screenshots` (add `-- --no-build` to reuse dist/).
 *
 *   explorer-desktop.png   the opening screen at 1440x900
 *   explorer-laptop.png    the opening screen at 1280x720
 *   explorer-tablet.png    the opening screen at 768x1024
 *   explorer-small-phone.png  the opening screen at 360x640
 *   explorer-chapter.png   the bundled dataset's first story chapter (?chapter=<id>), if it has one
 *   explorer-phone.png     the phone layout at 390x844, the bottom sheet open on an inspector
 *   export-png.png         a PNG exported through the app's Export menu
 *
 * Every file must stay under MAX_BYTES; the script fails if one does not.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../src/cli/chromium';
import { serveDirectory } from './serve-dist';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/img');
// The graph names more actors since issue 18-19 (more ink per picture): 350 KB still keeps the repo small.
const MAX_BYTES = 350 * 1024;
/** A date that shows the subject: the 1971 war, India and the Soviet Union against Pakistan. */
const TELLING_DATE = '1971-12-15';

interface Shot {
  file: string;
  width: number;
  height: number;
  scale: number;
  path: string;
  /** What to do once the app has drawn; returns false to skip the shot. */
  prepare?: (page: Page) => Promise<void>;
}

/** The id of the bundled dataset's first chapter, when the dataset has chapters. */
function firstChapterId(): string | null {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, 'data/entente.json'), 'utf8')) as {
    chapters?: { id?: unknown }[];
  };
  const id = dataset.chapters?.[0]?.id;
  return typeof id === 'string' ? id : null;
}

async function openPage(browser: Browser, base: string, shot: Shot): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: shot.scale,
    colorScheme: 'light',
    hasTouch: shot.width < 900,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error in ${shot.file}: ${err.message}`));
  await page.goto(new URL(shot.path, base).href);
  await page.waitForSelector('[data-testid="graph"] canvas');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="status-line"]')?.textContent?.includes('actors'),
  );
  // Camera moves and fades run for a few hundred milliseconds after the first frame.
  await page.waitForTimeout(1200);
  return page;
}

/** Taps (or clicks) an actor on the graph and waits for its inspector and the sheet to settle. */
async function inspect(page: Page, id: string) {
  const at = await page.evaluate((nodeId) => {
    const hook = (window as unknown as { __entente: { cy: () => import('cytoscape').Core } }).__entente;
    const cy = hook.cy();
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.getElementById(`n:${nodeId}`).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.touchscreen.tap(at.x, at.y);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.waitForTimeout(600);
}

/** Downloads the graph through Export → PNG image, at 1× so the file stays small. */
async function exportPng(page: Page, file: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const scale = page.getByLabel('Scale');
  if (await scale.count()) await scale.selectOption('1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  writeFileSync(file, readFileSync((await download.path())!));
}

async function main() {
  if (!process.argv.includes('--no-build')) await build({ root: ROOT, logLevel: 'warn' });
  mkdirSync(OUT, { recursive: true });
  const chapter = firstChapterId();
  const shots: Shot[] = [
    { file: 'explorer-desktop.png', width: 1440, height: 900, scale: 1, path: '' },
    { file: 'explorer-laptop.png', width: 1280, height: 720, scale: 1, path: '' },
    { file: 'explorer-tablet.png', width: 768, height: 1024, scale: 1, path: '' },
    { file: 'explorer-small-phone.png', width: 360, height: 640, scale: 2, path: '' },
    ...(chapter
      ? [
          {
            file: 'explorer-chapter.png',
            width: 1440,
            height: 900,
            scale: 1,
            path: `?chapter=${encodeURIComponent(chapter)}`,
          },
        ]
      : []),
    {
      file: 'explorer-phone.png',
      width: 390,
      height: 844,
      scale: 2,
      path: `?t=${TELLING_DATE}`,
      prepare: (page) => inspect(page, 'pakistan'),
    },
  ];
  if (!chapter)
    console.warn(
      'skipped explorer-chapter.png: data/entente.json has no `chapters` (story mode not in this build)',
    );

  const server = await serveDirectory();
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const shot of shots) {
      const page = await openPage(browser, server.url, shot);
      await shot.prepare?.(page);
      const file = resolve(OUT, shot.file);
      await page.screenshot({ path: file });
      written.push(file);
      await page.context().close();
    }
    const page = await openPage(browser, server.url, {
      file: 'export-png.png',
      width: 1440,
      height: 900,
      scale: 1,
      path: `?t=${TELLING_DATE}`,
    });
    const exported = resolve(OUT, 'export-png.png');
    await exportPng(page, exported);
    written.push(exported);
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }

  let tooBig = false;
  for (const file of written) {
    const bytes = statSync(file).size;
    tooBig ||= bytes > MAX_BYTES;
    console.log(
      `${bytes > MAX_BYTES ? 'TOO BIG' : 'wrote'} ${file.slice(ROOT.length + 1)} (${Math.round(bytes / 1024)} KB)`,
    );
  }
  if (tooBig) {
    console.error(`a screenshot is over ${MAX_BYTES / 1024} KB; lower its scale in scripts/screenshots.ts`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
