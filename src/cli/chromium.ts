import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Flags for a quiet headless run on a closed network, as root in a container. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Where distributions put Chromium or Chrome, most likely first. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags of @sparticuz/chromium's recommended set (made for one page per serverless call) that we leave
 * out: two switch off the same-origin policy and mixed-content blocking, which the browser tests must
 * see working; --single-process takes the whole browser down when one of several contexts closes; and
 * Playwright gives --headless itself.
 */
const LEFT_OUT_PACKAGE_ARGS =
  /^--(disable-web-security|allow-running-insecure-content|single-process|headless)\b/;

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  /** How it was found, for messages: the env variable, the system, or the npm package. */
  source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * Finds a browser without downloading one: `CHROME_PATH`, then a system Chromium/Chrome (skipped when
 * ENTENTE_NO_SYSTEM_CHROME=1, to check a clean machine), then the headless Chromium inside the
 * optional npm package @sparticuz/chromium (Linux x64; unpacked to /tmp on first use).
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  if (env.CHROME_PATH) return { executablePath: env.CHROME_PATH, args: CHROME_ARGS, source: 'CHROME_PATH' };
  if (env.ENTENTE_NO_SYSTEM_CHROME !== '1') {
    const found = SYSTEM_BROWSERS.find((path) => existsSync(path));
    if (found) return { executablePath: found, args: CHROME_ARGS, source: 'system' };
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    const packaged = await import('@sparticuz/chromium').then((m) => m.default).catch(() => null);
    if (packaged) {
      const recommended = packaged.args.filter((a) => !LEFT_OUT_PACKAGE_ARGS.test(a));
      return {
        executablePath: await packaged.executablePath(),
        args: [...new Set([...CHROME_ARGS, ...recommended])],
        source: '@sparticuz/chromium',
      };
    }
  }
  throw new Error(
    'no Chromium found: set CHROME_PATH to a Chromium or Chrome binary (on Linux x64, `npm install` ' +
      'also brings one in the optional package @sparticuz/chromium)',
  );
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  // Loaded on use, so importing this module (e.g. for the browser lookup) stays cheap.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args });
}
