import { launchChromium } from './chromium';

export interface PngOptions {
  width: number;
  height: number;
  /** Device pixel ratio: 2 doubles both dimensions. */
  scale: number;
  /** True keeps the SVG's own (possibly absent) background as transparency. */
  transparent: boolean;
}

/**
 * Rasterises an SVG in the system Chromium (never a downloaded browser). The SVG is loaded as an
 * image document from a data: URL, so no HTML is built around it and nothing in it can run.
 */
export async function svgToPng(svg: string, options: PngOptions): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: options.width, height: options.height },
      deviceScaleFactor: options.scale,
      javaScriptEnabled: false,
    });
    await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`);
    return await page.screenshot({ type: 'png', omitBackground: options.transparent });
  } finally {
    await browser.close();
  }
}
