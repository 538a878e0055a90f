import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from '../../src/cli/chromium';
import type { AppScrubResult } from './page/app-page';
import type { ScrubResult } from './page/bench-page';
import { serve } from './serve';
import { ms, summarise, verdict, type Summary } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = resolve(ROOT, '.bench/page');

/** What the bench page reports for one scrub (its own type, so the two sides cannot drift). */
type RawScrub = ScrubResult;

export interface ScrubFigures {
  adapter: ScrubResult['adapter'];
  renderer: 'canvas' | 'webgl';
  frames: number;
  step: Summary;
  snapshot: Summary;
  sync: Summary;
  frameGap: Summary;
  touchedMean: number;
  edgesMean: number;
  edgesMax: number;
  longTasks: number;
  longestTaskMs: number;
}

export interface BrowserFigures {
  chromium: string;
  setup: { generateAndIndexMs: number; nodes: number; pairs: number };
  /** 600 steps (a 10 s scrub at 60 fps), each in its own task: JS time of snapshot + sync. */
  steps: ScrubFigures[];
  /** The same steps on animation frames (drawn), capped at `seconds`: frame gaps and long tasks. */
  scrub: ScrubFigures[];
  stepSpeedup: number;
  png: { ms: number; bytes: number; width: number; height: number };
  /** The whole app (React, panels, store, adapter) on the same synthetic data: steps, then drawn frames. */
  app: {
    edges: number;
    step: Summary;
    /** The same steps with the busiest actor selected (dimming, inspector lists). */
    selectedStep: Summary;
    drawnStep: Summary;
    frames: number;
    frameGap: Summary;
    longTasks: number;
    longestTaskMs: number;
  };
  /** The engine worker on 1M events: main-thread time in this thread vs with the worker. */
  worker: { events: number; inThreadMs: number; offThreadMs: number; longestTaskMs: number; same: boolean };
}

function digest(raw: RawScrub, renderer: 'canvas' | 'webgl' = 'canvas'): ScrubFigures {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  return {
    adapter: raw.adapter,
    renderer,
    frames: raw.frames,
    step: summarise(raw.stepMs),
    snapshot: summarise(raw.snapshotMs),
    sync: summarise(raw.syncMs),
    frameGap: summarise(raw.frameGapMs),
    touchedMean: mean(raw.touched),
    edgesMean: mean(raw.edges),
    edgesMax: raw.edges.reduce((m, x) => Math.max(m, x), 0),
    longTasks: raw.longTasks.length,
    longestTaskMs: Math.max(0, ...raw.longTasks),
  };
}

/** Builds the bench page, opens it in the system Chromium and runs the scrub and PNG measurements. */
export async function runBrowserBench(
  sizes = { actors: 2000, pairs: 10_000, events: 300_000 },
  seconds = 10,
): Promise<BrowserFigures> {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'scripts/bench/page/vite.config.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const server = await serve(PAGE);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => errors.push('page crashed'));
    page.on('console', (m) => process.env.BENCH_DEBUG && console.log(`[page] ${m.text()}`));
    await page.goto(server.url);
    await page.waitForFunction(() => document.title === 'ready');
    type Bench = {
      setup: (o: typeof sizes & { webgl?: boolean }) => BrowserFigures['setup'];
      steps: (a: string) => RawScrub;
      scrub: (a: string, s: number) => Promise<RawScrub>;
      png: (w: number, h: number) => Promise<BrowserFigures['png']>;
      offThread: (o: typeof sizes) => Promise<BrowserFigures['worker']>;
    };
    type Win = { ententeBench: Bench };
    const setup = await page.evaluate((o) => (window as unknown as Win).ententeBench.setup(o), sizes);
    const steps: ScrubFigures[] = [];
    const scrub: ScrubFigures[] = [];
    for (const adapter of ['frame', 'diff', 'naive'] as const)
      steps.push(
        digest(await page.evaluate((a) => (window as unknown as Win).ententeBench.steps(a), adapter)),
      );
    for (const adapter of ['frame', 'naive'] as const) {
      const raw = await page.evaluate(([a, s]) => (window as unknown as Win).ententeBench.scrub(a, s), [
        adapter,
        seconds,
      ] as const);
      scrub.push(digest(raw));
    }
    const png = await page.evaluate(() => (window as unknown as Win).ententeBench.png(1950, 2700));
    // WebGL (software GL here: --disable-gpu) with the frame adapter, for the renderer comparison.
    await page.evaluate((o) => (window as unknown as Win).ententeBench.setup({ ...o, webgl: true }), sizes);
    const webgl = await page.evaluate(
      (s) => (window as unknown as Win).ententeBench.scrub('frame', s),
      seconds,
    );
    scrub.push(digest(webgl, 'webgl'));
    const worker = await page.evaluate((o) => (window as unknown as Win).ententeBench.offThread(o), {
      actors: 2000,
      pairs: 10_000,
      events: 1_000_000,
    });
    // Closed first: its 10k-element graph would otherwise share the renderer's main thread.
    await page.close();
    const app = await measureApp(browser, server.url, sizes, seconds, errors);
    if (errors.length) console.warn(`page errors: ${errors.join('; ')}`);
    return {
      chromium: browser.version(),
      setup,
      steps,
      scrub,
      stepSpeedup: steps[2].step.p50 / steps[0].step.p50,
      png,
      worker,
      app,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The real App component on a synthetic store (scripts/bench/page/app-page.tsx). */
async function measureApp(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  sizes: { actors: number; pairs: number; events: number },
  seconds: number,
  errors: string[],
): Promise<BrowserFigures['app']> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}app.html`);
  await page.waitForFunction(() => document.title === 'ready');
  type AppBench = {
    setup: (o: typeof sizes) => Promise<{ edges: number }>;
    steps: (selectBusiest: boolean) => AppScrubResult;
    scrub: (s: number) => Promise<AppScrubResult>;
  };
  type Win = { ententeAppBench: AppBench };
  await page.evaluate((o) => (window as unknown as Win).ententeAppBench.setup(o), sizes);
  const steps = await page.evaluate(() => (window as unknown as Win).ententeAppBench.steps(false));
  const selected = await page.evaluate(() => (window as unknown as Win).ententeAppBench.steps(true));
  await page.evaluate(() => (window as unknown as Win).ententeAppBench.steps(false));
  const drawn = await page.evaluate((s) => (window as unknown as Win).ententeAppBench.scrub(s), seconds);
  await context.close();
  return {
    edges: steps.edges,
    step: summarise(steps.stepMs),
    selectedStep: summarise(selected.stepMs),
    drawnStep: summarise(drawn.stepMs),
    frames: drawn.frames,
    frameGap: summarise(drawn.frameGapMs),
    longTasks: drawn.longTasks.length,
    longestTaskMs: Math.max(0, ...drawn.longTasks),
  };
}

export function printBrowser(f: BrowserFigures): void {
  console.log(`\nScrub in headless Chromium ${f.chromium} — ${f.setup.nodes} nodes, ${f.setup.pairs} pairs`);
  console.log('  600 steps over the span (a 10 s scrub at 60 fps), JS time of snapshot + graph sync:');
  for (const s of f.steps) {
    console.log(
      `  ${s.adapter.padEnd(11)} step p50 ${ms(s.step.p50)} p95 ${ms(s.step.p95)} max ${ms(s.step.max)} (snapshot p50 ${ms(s.snapshot.p50)}, sync p50 ${ms(s.sync.p50)}); touched/step ${s.touchedMean.toFixed(0)} of ${s.edgesMean.toFixed(0)} edges`,
    );
  }
  console.log(
    `  step speed-up, frame adapter vs naive adapter: ${f.stepSpeedup.toFixed(1)}x (vs diff: ${(f.steps[1].step.p50 / f.steps[0].step.p50).toFixed(1)}x)`,
  );
  const d = f.steps[0];
  console.log(`  step p95 ${ms(d.step.p95)} (target <= 8 ms: ${verdict(d.step.p95 <= 8)})`);
  console.log('  the same steps on animation frames, drawn (capped at 10 s):');
  for (const s of f.scrub) {
    console.log(
      `  ${`${s.adapter}/${s.renderer}`.padEnd(13)} ${s.frames} of 600 frames; frame gap p50 ${ms(s.frameGap.p50)} p95 ${ms(s.frameGap.p95)}; long tasks ${s.longTasks}, longest ${ms(s.longestTaskMs)} (target < 50 ms: ${verdict(s.longestTaskMs < 50)})`,
    );
  }
  const a = f.app;
  console.log(`  the whole app (React, panels, store, adapter; ${a.edges} edges at the end):`);
  console.log(
    `  app step     p50 ${ms(a.step.p50)} p95 ${ms(a.step.p95)} max ${ms(a.step.max)} (target <= 8 ms p95: ${verdict(a.step.p95 <= 8)})`,
  );
  console.log(
    `  app step, busiest actor selected: p50 ${ms(a.selectedStep.p50)} p95 ${ms(a.selectedStep.p95)} max ${ms(a.selectedStep.max)}`,
  );
  console.log(
    `  app drawn    ${a.frames} of 600 frames; step p50 ${ms(a.drawnStep.p50)}; frame gap p50 ${ms(a.frameGap.p50)} p95 ${ms(a.frameGap.p95)}; long tasks ${a.longTasks}, longest ${ms(a.longestTaskMs)} (target < 50 ms: ${verdict(a.longestTaskMs < 50)})`,
  );
  const w = f.worker;
  console.log(
    `\nIndex build in the page, ${w.events.toLocaleString('en')} events: in this thread ${ms(w.inThreadMs)} (one blocking task); with the engine worker ${ms(w.offThreadMs)} wall, longest main-thread task ${ms(w.longestTaskMs)}; same snapshot: ${w.same}`,
  );
  console.log(
    `\nPNG export ${f.png.width}x${f.png.height}: ${ms(f.png.ms)}, ${(f.png.bytes / 1024).toFixed(0)} KB (target <= 1 s: ${verdict(f.png.ms <= 1000)})`,
  );
}
