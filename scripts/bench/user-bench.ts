import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { PlayResult, SetupOptions } from './page/play-page';
import { PAINT_PROBE, keyToPainted } from './paint-probe';
import { GROUP_BY_DEFAULT_THRESHOLD } from '../../src/store/community-slice';
import { type ColdRun, printCold, runCold } from './cold-bench';
import { type LoadPart, printLoad, runLoadPart } from './load-bench';
import { serve } from './serve';
import { ms, SIZES, summarise, type Summary, verdict } from './stats';

/**
 * The bench the way a user feels it: how long until the graph shows (seed load, import, reload), the
 * longest main-thread task meanwhile, and frame gaps while playing, at 500 / 2,000 / 5,000 actors, the
 * app as it ships beside the behaviour before level of detail (same run, same page build).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PLAY_SECONDS = 10;

/** default: the app as it ships; lod: a large set ungrouped (the default before issue 22); baseline: before issue 14. */
export type PlayMode = 'default' | 'lod' | 'baseline';
/** app: as it ships; raf: patches a frame late (before issue 22); baseline: before issue 14. */
export type KeyMode = 'app' | 'raf' | 'baseline';

export interface KeyFigures {
  mode: KeyMode;
  run: number;
  presses: number;
  /** Event Timing keydown duration (input to next paint; under 16 ms counted as 16). */
  eventTiming: Summary;
  /** Input to the end of the task in which the graph canvas was next drawn (scripts/bench/paint-probe.ts). */
  painted: Summary;
  load1: number;
}

export interface PlayFigures {
  label: string;
  mode: PlayMode;
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

export interface UserFigures {
  loadAverage: number[];
  play?: PlayFigures[];
  keys?: KeyFigures[];
  load?: LoadPart;
  cold?: ColdRun[];
}

type PlayWin = {
  ententePlayBench: {
    setup: (o: SetupOptions) => Promise<unknown>;
    play: (seconds: number) => Promise<PlayResult>;
  };
};

export function buildPages() {
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
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn(`[page] ${e.message}`));
  await page.goto(`${url}play.html`);
  await page.waitForFunction(() => document.title === 'ready');
  await page.evaluate((opts) => (window as unknown as PlayWin).ententePlayBench.setup(opts), o);
  return { page, close: () => context.close() };
}

const PLAY_OPTIONS: Record<PlayMode, Partial<SetupOptions>> = {
  default: { baseline: false },
  lod: { baseline: false, ungrouped: true },
  baseline: { baseline: true },
};

/** Frame gaps over a 10 s play at each size: the app as it ships, ungrouped (above the grouping threshold), before issue 14. */
export async function runPlay(browser: Browser, url: string): Promise<PlayFigures[]> {
  const out: PlayFigures[] = [];
  for (const size of SIZES) {
    const modes: PlayMode[] =
      size.actors > GROUP_BY_DEFAULT_THRESHOLD ? ['default', 'lod', 'baseline'] : ['default', 'baseline'];
    for (const mode of modes) {
      console.error(`  play: ${size.actors} actors, ${mode}…`);
      const { page, close } = await openPlay(browser, url, {
        ...size,
        baseline: false,
        ...PLAY_OPTIONS[mode],
      });
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

const KEY_RUNS = Math.max(1, Number(process.env.BENCH_KEY_RUNS ?? 3));
const KEY_OPTIONS: Record<KeyMode, Partial<SetupOptions>> = {
  app: { baseline: false },
  raf: { baseline: false, rafPatch: true },
  baseline: { baseline: true },
};

/**
 * Key press to graph painted on the seed data, the three modes interleaved in each of KEY_RUNS runs:
 * Event Timing (presses under 16 ms are not reported, counted as 16) beside "painted", the end of the
 * task in which the graph canvas was next drawn.
 */
export async function runKeys(browser: Browser, url: string): Promise<KeyFigures[]> {
  const out: KeyFigures[] = [];
  const presses = 40;
  for (let run = 1; run <= KEY_RUNS; run++) {
    for (const mode of ['app', 'raf', 'baseline'] as const) {
      console.error(`  keys: run ${run} of ${KEY_RUNS}, ${mode}…`);
      const { page, close } = await openPlay(browser, url, {
        actors: 0,
        pairs: 0,
        events: 0,
        baseline: false,
        ...KEY_OPTIONS[mode],
      });
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { keyDurations: number[] }).keyDurations = seen;
        (window as unknown as { keydowns: number[] }).keydowns.length = 0;
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
      const painted = await page.evaluate(keyToPainted);
      await close();
      const all = [...long, ...new Array<number>(Math.max(0, presses - long.length)).fill(16)];
      out.push({
        mode,
        run,
        presses,
        eventTiming: summarise(all),
        painted: summarise(painted),
        load1: loadavg()[0],
      });
    }
  }
  return out;
}

/** `parts`: any of play, keys, load; each part is printed as soon as it is measured. */
export async function runUserBench(parts: Set<string>): Promise<UserFigures> {
  const figures: UserFigures = { loadAverage: loadavg() };
  const show = (part: Partial<UserFigures>) =>
    printUser({ loadAverage: [...figures.loadAverage, ...loadavg()], ...part });
  const browser = await launchChromium();
  try {
    if (parts.has('play') || parts.has('keys') || parts.has('cold')) {
      buildPages();
      if (parts.has('cold')) {
        figures.cold = await runCold(browser, resolve(ROOT, '.bench/page'));
        printCold(figures.cold);
      }
      const server = await serve(resolve(ROOT, '.bench/page'));
      try {
        if (parts.has('keys')) show({ keys: (figures.keys = await runKeys(browser, server.url)) });
        if (parts.has('play')) show({ play: (figures.play = await runPlay(browser, server.url)) });
      } finally {
        server.close();
      }
    }
    if (parts.has('load')) {
      console.log(
        `\nImport, reload and seed load (\`load\`), ranges over runs; "settled" = every element in and no layout running:`,
      );
      figures.load = await runLoadPart(browser, printLoad);
    }
  } finally {
    await browser.close();
  }
  figures.loadAverage = [...figures.loadAverage, ...loadavg()];
  return figures;
}

export function printUser(f: UserFigures): void {
  const [b1, b5, , a1] = f.loadAverage;
  console.log(
    `\nThe app as a user feels it (load average before ${b1.toFixed(2)} / ${b5.toFixed(2)}, after ${a1 === undefined ? '—' : a1.toFixed(2)})`,
  );
  for (const k of f.keys ?? [])
    console.log(
      `  key press, seed data, run ${k.run}, ${k.mode.padEnd(8)} (load ${k.load1.toFixed(1)}): painted p50 ${ms(k.painted.p50)} p95 ${ms(k.painted.p95)} max ${ms(k.painted.max)} (${k.painted.n} of ${k.presses}); Event Timing p50 ${ms(k.eventTiming.p50)} p95 ${ms(k.eventTiming.p95)}${k.mode === 'app' ? ` (target painted p95 <= 33 ms: ${verdict(k.painted.p95 <= 33)})` : ''}`,
    );
  if (f.play?.length) console.log(`  playing ${PLAY_SECONDS} s at 24 months/s (canvas renderer):`);
  for (const p of f.play ?? [])
    console.log(
      `  ${p.label.padEnd(30)} ${p.mode.padEnd(8)} frame gap p50 ${ms(p.frameGap.p50)} p95 ${ms(p.frameGap.p95)}; long tasks ${p.longTasks}, longest ${ms(p.longestTaskMs)}; relations drawn while playing p50 ${p.drawnWhilePlaying.p50.toFixed(0)} of ~${p.relations}; after stop ${p.drawnAfterStop} of ${p.relationsAfterStop}${p.status ? `; status "${p.status.trim()}"` : ''}${p.mode === 'default' ? ` (target p95 <= 50 ms: ${verdict(p.frameGap.p95 <= 50)})` : ''}`,
    );
}
