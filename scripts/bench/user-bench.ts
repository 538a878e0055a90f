import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { syntheticDataset } from '../../src/model/synthetic';
import type { PlayResult } from './page/play-page';
import { serve } from './serve';
import { ms, summarise, type Summary, verdict } from './stats';

/**
 * The bench the way a user feels it: how long until the graph shows (seed load, import, reload), the
 * longest main-thread task meanwhile, and frame gaps while playing, at 500 / 2,000 / 5,000 actors, the
 * app as it ships beside the behaviour before level of detail (same run, same page build).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ALL_SIZES = [
  { actors: 500, pairs: 2_500, events: 15_000 },
  { actors: 2_000, pairs: 10_000, events: 60_000 },
  { actors: 5_000, pairs: 25_000, events: 150_000 },
];
/** BENCH_ACTORS=500,2000 runs only those sizes. */
export const SIZES = ALL_SIZES.filter(
  (s) => !process.env.BENCH_ACTORS || process.env.BENCH_ACTORS.split(',').includes(String(s.actors)),
);
/** Longest we wait for one import or reload before reporting "more than this". */
const CAP_MS = 60_000;
const PLAY_SECONDS = 10;

export interface PlayFigures {
  label: string;
  mode: 'lod' | 'baseline';
  actors: number;
  relations: number;
  drawnWhilePlaying: Summary;
  status: string;
  drawnAfterStop: number;
  relationsAfterStop: number;
  frameGap: Summary;
  longTasks: number;
  longestTaskMs: number;
}

export interface LoadFigures {
  label: string;
  /** Import start to first drawn graph (null: not within CAP_MS). */
  importMs: number | null;
  importLongestTaskMs: number;
  reloadMs: number | null;
  reloadLongestTaskMs: number;
}

export interface UserFigures {
  loadAverage: number[];
  play?: PlayFigures[];
  keys?: { mode: 'lod' | 'baseline'; presses: number; p50: number; p95: number; max: number }[];
  seedLoadMs?: number[];
  load?: LoadFigures[];
}

type PlayWin = {
  ententePlayBench: {
    setup: (o: { actors: number; pairs: number; events: number; baseline: boolean }) => Promise<unknown>;
    play: (seconds: number) => Promise<PlayResult>;
  };
};

function buildPages() {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'scripts/bench/page/vite.config.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

async function openPlay(
  browser: Browser,
  url: string,
  o: Parameters<PlayWin['ententePlayBench']['setup']>[0],
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn(`[page] ${e.message}`));
  await page.goto(`${url}play.html`);
  await page.waitForFunction(() => document.title === 'ready');
  await page.evaluate((opts) => (window as unknown as PlayWin).ententePlayBench.setup(opts), o);
  return { page, close: () => context.close() };
}

/** Frame gaps over a 10 s play, level of detail on and the baseline, at each size. */
export async function runPlay(browser: Browser, url: string): Promise<PlayFigures[]> {
  const out: PlayFigures[] = [];
  for (const size of SIZES) {
    for (const mode of ['lod', 'baseline'] as const) {
      console.error(`  play: ${size.actors} actors, ${mode}…`);
      const { page, close } = await openPlay(browser, url, { ...size, baseline: mode === 'baseline' });
      const raw = await page.evaluate(
        (s) => (window as unknown as PlayWin).ententePlayBench.play(s),
        PLAY_SECONDS,
      );
      await close();
      out.push({
        label: `${size.actors.toLocaleString('en')} actors / ${size.pairs.toLocaleString('en')} pairs`,
        mode,
        actors: raw.actors,
        relations: raw.relationsAtRest,
        drawnWhilePlaying: summarise(raw.drawnWhilePlaying),
        status: raw.statusWhilePlaying,
        drawnAfterStop: raw.drawnAfterStop,
        relationsAfterStop: raw.relationsAfterStop,
        frameGap: summarise(raw.frameGapMs),
        longTasks: raw.longTasks.length,
        longestTaskMs: Math.max(0, ...raw.longTasks),
      });
    }
  }
  return out;
}

/** Key press to paint on the seed data (Event Timing: presses under 16 ms are not reported, counted as 16). */
export async function runKeys(browser: Browser, url: string): Promise<NonNullable<UserFigures['keys']>> {
  const out: NonNullable<UserFigures['keys']> = [];
  const presses = 40;
  for (const mode of ['lod', 'baseline'] as const) {
    const { page, close } = await openPlay(browser, url, {
      actors: 0,
      pairs: 0,
      events: 0,
      baseline: mode === 'baseline',
    });
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { keyDurations: number[] }).keyDurations = seen;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown') seen.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    await page.getByRole('slider', { name: 'Time' }).focus();
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(500);
    const long = await page.evaluate(() => (window as unknown as { keyDurations: number[] }).keyDurations);
    await close();
    const all = [...long, ...new Array<number>(Math.max(0, presses - long.length)).fill(16)];
    const s = summarise(all);
    out.push({ mode, presses, p50: s.p50, p95: s.p95, max: s.max });
  }
  return out;
}

async function longestTaskSince(page: Page, mark: number): Promise<number> {
  // A page that crashed (5,000 actors can exhaust it) reports nothing rather than stopping the bench.
  if (page.isClosed()) return Number.NaN;
  return page
    .evaluate(
      (m) =>
        Math.max(
          0,
          ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
            .filter((t) => t.start + t.duration >= m)
            .map((t) => t.duration),
        ),
      mark,
    )
    .catch(() => Number.NaN);
}

const WATCH_TASKS = () => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

type AppWin = {
  __entente: {
    cy: () => { nodes: () => { length: number } } | null;
    state: () => { index: { actorOrder: string[] } };
  };
};

/** Waits until the app's graph has nodes of a dataset with `actors` actors; ms since `from`, or null. */
async function graphShown(page: Page, actors: number | null, from: number): Promise<number | null> {
  try {
    await page.waitForFunction(
      (n) => {
        const app = (window as unknown as AppWin).__entente;
        if (!app) return false;
        const shown = (app.cy()?.nodes().length ?? 0) > 0;
        return shown && (n === null || app.state().index.actorOrder.length === n);
      },
      actors,
      { timeout: CAP_MS, polling: 50 },
    );
  } catch {
    return null;
  }
  return (await page.evaluate(() => performance.now())) - from;
}

/** The built app (dist/): seed graph on cold loads, then import and reload at each size. */
export async function runLoad(browser: Browser): Promise<Pick<UserFigures, 'seedLoadMs' | 'load'>> {
  execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const server = await serve(resolve(ROOT, 'dist'));
  try {
    const seedLoadMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      // performance.now() counts from navigation start: the time a user waits for the seed graph.
      const shown = await graphShown(page, null, 0);
      seedLoadMs.push(shown ?? CAP_MS);
      await context.close();
    }
    const load: LoadFigures[] = [];
    for (const size of SIZES) {
      console.error(`  load: import and reload, ${size.actors} actors…`);
      const dataset = syntheticDataset({ seed: 2026, ...size });
      dataset.meta.name = `Synthetic ${size.actors}`;
      const buffer = Buffer.from(JSON.stringify(dataset));
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(WATCH_TASKS);
      const page = await context.newPage();
      await page.goto(server.url);
      await graphShown(page, null, 0);
      await page.getByRole('button', { name: 'Import…' }).click({ timeout: CAP_MS });
      const began = await page.evaluate(() => performance.now());
      await page
        .getByTestId('import-input')
        .setInputFiles({ name: 'synthetic.json', mimeType: 'application/json', buffer }, { timeout: CAP_MS });
      const importMs = await graphShown(page, size.actors, began).catch(() => null);
      const importLongest = await longestTaskSince(page, began);
      let reloadMs: number | null = null;
      let reloadLongest = 0;
      if (importMs !== null) {
        await page.reload({ timeout: CAP_MS }).catch(() => undefined);
        reloadMs = await graphShown(page, size.actors, 0).catch(() => null);
        reloadLongest = await longestTaskSince(page, 0);
      }
      await context.close().catch(() => undefined);
      const figures: LoadFigures = {
        label: `${size.actors.toLocaleString('en')} actors / ${size.events.toLocaleString('en')} events`,
        importMs,
        importLongestTaskMs: importLongest,
        reloadMs,
        reloadLongestTaskMs: reloadLongest,
      };
      load.push(figures);
      printUser({ loadAverage: loadavg(), load: [figures] });
    }
    return { seedLoadMs, load };
  } finally {
    server.close();
  }
}

/** `parts`: any of play, keys, load; each part is printed as soon as it is measured. */
export async function runUserBench(parts: Set<string>): Promise<UserFigures> {
  const figures: UserFigures = { loadAverage: loadavg() };
  const show = (part: Partial<UserFigures>) =>
    printUser({ loadAverage: [...figures.loadAverage, ...loadavg()], ...part });
  const browser = await launchChromium();
  try {
    if (parts.has('play') || parts.has('keys')) {
      buildPages();
      const server = await serve(resolve(ROOT, '.bench/page'));
      try {
        if (parts.has('keys')) show({ keys: (figures.keys = await runKeys(browser, server.url)) });
        if (parts.has('play')) show({ play: (figures.play = await runPlay(browser, server.url)) });
      } finally {
        server.close();
      }
    }
    if (parts.has('load')) {
      const load = await runLoad(browser);
      Object.assign(figures, load);
      show(load);
    }
  } finally {
    await browser.close();
  }
  figures.loadAverage = [...figures.loadAverage, ...loadavg()];
  return figures;
}

const secs = (x: number | null) => (x === null ? `> ${CAP_MS / 1000} s` : `${(x / 1000).toFixed(2)} s`);

export function printUser(f: UserFigures): void {
  const [b1, b5, , a1] = f.loadAverage;
  console.log(
    `\nThe app as a user feels it (load average before ${b1.toFixed(2)} / ${b5.toFixed(2)}, after ${a1 === undefined ? '—' : a1.toFixed(2)})`,
  );
  if (f.seedLoadMs) {
    const s = summarise(f.seedLoadMs);
    console.log(
      `  seed graph shown after a cold load: ${f.seedLoadMs.map((x) => ms(x)).join(', ')} (target <= 1 s: ${verdict(s.max <= 1000)} on ${f.seedLoadMs.filter((x) => x <= 1000).length} of ${f.seedLoadMs.length})`,
    );
  }
  for (const k of f.keys ?? [])
    console.log(
      `  key press to paint, seed data, ${k.mode.padEnd(8)}: p50 ${ms(k.p50)} p95 ${ms(k.p95)} max ${ms(k.max)} over ${k.presses} presses (target p95 <= 50 ms: ${verdict(k.p95 <= 50)})`,
    );
  for (const l of f.load ?? [])
    console.log(
      `  ${l.label.padEnd(30)} import to graph ${secs(l.importMs)}, longest task ${ms(l.importLongestTaskMs)}; reload to graph ${secs(l.reloadMs)}, longest task ${ms(l.reloadLongestTaskMs)}`,
    );
  if (f.play?.length) console.log(`  playing ${PLAY_SECONDS} s at 24 months/s (canvas renderer):`);
  for (const p of f.play ?? [])
    console.log(
      `  ${p.label.padEnd(30)} ${p.mode.padEnd(8)} frame gap p50 ${ms(p.frameGap.p50)} p95 ${ms(p.frameGap.p95)}; long tasks ${p.longTasks}, longest ${ms(p.longestTaskMs)}; relations drawn while playing p50 ${p.drawnWhilePlaying.p50.toFixed(0)} of ~${p.relations}; after stop ${p.drawnAfterStop} of ${p.relationsAfterStop}${p.status ? `; status "${p.status.trim()}"` : ''}${p.mode === 'lod' ? ` (target p95 <= 50 ms: ${verdict(p.frameGap.p95 <= 50)})` : ''}`,
    );
}
