import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchChromium } from '../../src/cli/chromium';

const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

let browser: Browser | null = null;

/** One Chromium per test file, found by launchChromium (CHROME_PATH, system, @sparticuz/chromium). */
export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

afterAll(async () => {
  await browser?.close();
  browser = null;
});

export interface AppPage {
  page: Page;
  /** Console errors and page errors seen so far (CSP violations show up here). */
  errors: string[];
  /** Console warnings seen so far (a library complaining about how it is configured shows up here). */
  warnings: string[];
}

/** Opens the built app at `path` (e.g. "?t=1971-12") and waits until the graph has drawn. */
export async function openApp(
  path = '',
  options: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    acceptDownloads?: boolean;
    /** A touch screen (phones, tablets): page.touchscreen works and Cytoscape takes touch gestures. */
    hasTouch?: boolean;
  } = {},
): Promise<AppPage> {
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: options.acceptDownloads ?? true,
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(new URL(path, inject('baseUrl')).href);
  await page.waitForSelector('[data-testid="graph"] canvas');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="status-line"]')?.textContent?.includes('actors'),
  );
  return { page, errors, warnings };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('[data-testid="status-line"]')) ?? '';
}

/** A box on screen, in CSS pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether two boxes overlap by more than `slack` pixels each way. */
export const meets = (a: Box, b: Box, slack = 1) =>
  a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2;
