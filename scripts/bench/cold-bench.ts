import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PAINT_PROBE, firstGraphPaint } from './paint-probe';
import { buildBaseline } from './load-bench';
import { serve } from './serve';
import { ms, summarise, verdict } from './stats';

/**
 * The `cold` part: a cold load of the built app (dist/) to the seed graph painted, beside the floor
 * page (scripts/bench/page/floor.html: plain Cytoscape, the same elements, stylesheet, positions and
 * camera, taken from the app's graph in this run), interleaved run by run in one browser, each in a
 * fresh context (empty cache and storage). "Painted" is the end of the task that drew the graph
 * canvas (paint-probe.ts), the same probe in both pages.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Math.max(1, Number(process.env.BENCH_COLD_RUNS ?? 5));
/** The app before issue 22, measured the same way in the same runs; BENCH_COLD_BASELINE=none skips it. */
const BASELINE_REF = process.env.BENCH_COLD_BASELINE ?? 'ef36c68';
const CAP_MS = 30_000;

export interface ColdRun {
  run: number;
  appMs: number | null;
  floorMs: number | null;
  /** The pages' User Timing marks (ms since navigation) up to their first graph paint. */
  appSteps: Record<string, number>;
  floorSteps: Record<string, number>;
  /** The build of BASELINE_REF (null: not measured or over the cap). */
  baselineMs: number | null;
  load1: number;
}

interface Painted {
  ms: number | null;
  steps: Record<string, number>;
}

async function paintedAfterLoad(browser: Browser, url: string): Promise<Painted> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(firstGraphPaint, undefined, { timeout: CAP_MS, polling: 50 });
    const ms = await page.evaluate(firstGraphPaint);
    const steps = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
    return { ms, steps };
  } catch {
    return { ms: null, steps: {} };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The app's seed graph as drawn (elements, style, camera, pane size), for the floor page. */
async function captureFloor(browser: Browser, appUrl: string, pageDir: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForFunction(
    () =>
      ((
        window as unknown as { __entente?: { cy: () => { nodes: () => { length: number } } | null } }
      ).__entente
        ?.cy()
        ?.nodes().length ?? 0) > 0,
  );
  await page.waitForTimeout(1500);
  const floor = await page.evaluate(() => {
    const cy = (window as unknown as { __entente: { cy: () => import('cytoscape').Core } }).__entente.cy();
    const box = cy.container()!.getBoundingClientRect();
    return {
      elements: cy.elements().jsons(),
      style: (cy.style() as unknown as { json: () => unknown }).json(),
      zoom: cy.zoom(),
      pan: cy.pan(),
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  });
  await context.close();
  writeFileSync(resolve(pageDir, 'floor.json'), JSON.stringify(floor));
}

/** `pageDir`: the built bench pages (floor.html); the app is built here into dist/. */
export async function runCold(browser: Browser, pageDir: string): Promise<ColdRun[]> {
  execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const baselineDir = BASELINE_REF === 'none' ? null : buildBaseline(BASELINE_REF);
  const [app, pages, baseline] = await Promise.all([
    serve(resolve(ROOT, 'dist')),
    serve(pageDir),
    baselineDir ? serve(baselineDir) : Promise.resolve(null),
  ]);
  try {
    await captureFloor(browser, app.url, pageDir);
    const runs: ColdRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      console.error(`  cold: run ${run} of ${RUNS}…`);
      // A different page goes first in each run, so none always meets a warmer machine.
      const pagesInRun = [
        ['app', app.url],
        ['floor', `${pages.url}floor.html`],
        ...(baseline ? [['baseline', baseline.url]] : []),
      ] as const;
      const order = pagesInRun.map((_, i) => pagesInRun[(i + run - 1) % pagesInRun.length]);
      const got: Record<string, Painted> = {};
      for (const [name, url] of order) got[name] = await paintedAfterLoad(browser, url);
      runs.push({
        run,
        appMs: got.app?.ms ?? null,
        floorMs: got.floor?.ms ?? null,
        appSteps: got.app?.steps ?? {},
        floorSteps: got.floor?.steps ?? {},
        baselineMs: got.baseline?.ms ?? null,
        load1: loadavg()[0],
      });
    }
    return runs;
  } finally {
    app.close();
    pages.close();
    baseline?.close();
  }
}

export function printCold(runs: ColdRun[]): void {
  console.log('\nCold load to the seed graph painted (`cold`), the app beside the floor page, interleaved:');
  for (const r of runs)
    console.log(
      `  run ${r.run} (load ${r.load1.toFixed(1)}): app ${r.appMs === null ? '> cap' : ms(r.appMs)}, floor ${r.floorMs === null ? '> cap' : ms(r.floorMs)}, ratio ${r.appMs && r.floorMs ? (r.appMs / r.floorMs).toFixed(2) : '—'}; before issue 22 (${BASELINE_REF}) ${r.baselineMs === null ? '—' : `${ms(r.baselineMs)}, ratio ${r.floorMs ? (r.baselineMs / r.floorMs).toFixed(2) : '—'}`}`,
    );
  const ratios = runs.flatMap((r) => (r.appMs && r.floorMs ? [r.appMs / r.floorMs] : []));
  const app = summarise(runs.flatMap((r) => (r.appMs === null ? [] : [r.appMs])));
  if (!ratios.length) return;
  const worst = Math.max(...ratios);
  console.log(
    `  ratio app / floor ${Math.min(...ratios).toFixed(2)}–${worst.toFixed(2)} (target <= 1.2: ${verdict(worst <= 1.2)}); app p50 ${ms(app.p50)}, max ${ms(app.max)} (target <= 1 s on a quiet machine: ${verdict(app.max <= 1000)})`,
  );
  printSteps(runs);
}

/**
 * Where each page's time goes: the median time of each step (its User Timing mark) and of the paint,
 * over the runs, with the stretch since the step before. The app's steps beside the floor's show
 * which work only the app does before its first graph (its bundle, the dataset and its index, the
 * React shell).
 */
function printSteps(runs: ColdRun[]): void {
  const median = (xs: number[]) => summarise(xs).p50;
  const line = (
    page: string,
    pick: (r: ColdRun) => Record<string, number>,
    paint: (r: ColdRun) => number | null,
  ) => {
    const names = [...new Set(runs.flatMap((r) => Object.keys(pick(r))))];
    const steps = names
      .map((name) => ({ name, at: median(runs.flatMap((r) => (name in pick(r) ? [pick(r)[name]] : []))) }))
      .concat([{ name: 'painted', at: median(runs.flatMap((r) => (paint(r) === null ? [] : [paint(r)!]))) }])
      .sort((a, b) => a.at - b.at);
    const parts = steps.map((s, i) => `${s.name} ${ms(s.at)}${i ? ` (+${ms(s.at - steps[i - 1].at)})` : ''}`);
    console.log(`  ${page} steps, medians: ${parts.join(', ')}`);
  };
  line(
    'app',
    (r) => r.appSteps,
    (r) => r.appMs,
  );
  line(
    'floor',
    (r) => r.floorSteps,
    (r) => r.floorMs,
  );
}
