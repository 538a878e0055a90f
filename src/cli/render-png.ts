import { launchChromium } from './chromium';

export interface PngOptions {
  width: number;
  height: number;
  /** Device pixel ratio: 2 doubles both dimensions. */
  scale: number;
  /** True keeps the SVG's own (possibly absent) background as transparency. */
  transparent: boolean;
}

// Never resolved on any network: every request the page makes is answered or refused by the route.
const PICTURE_URL = 'https://entente-picture.invalid/picture.svg';

/**
 * Rasterises an SVG in the system Chromium (never a downloaded browser). The SVG is the page itself,
 * answered from memory by a route at an address that exists nowhere, with JavaScript off: no HTML is
 * built around it, nothing in it can run, and any other request it makes (an external image, a font)
 * is refused. A data: URL would carry it too, but Chromium refuses one of the 25 MB a 100,000-actor
 * picture takes.
 */
export async function svgToPng(svg: string, options: PngOptions): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: options.width, height: options.height },
      deviceScaleFactor: options.scale,
      javaScriptEnabled: false,
    });
    await page.route('**/*', (route) =>
      route.request().url() === PICTURE_URL
        ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg })
        : route.abort('blockedbyclient'),
    );
    await page.goto(PICTURE_URL);
    return await page.screenshot({ type: 'png', omitBackground: options.transparent });
  } finally {
    await browser.close();
  }
}
