import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/model/export';
import { openApp } from './harness';

/** ffprobe's frame count (decoded, not the header's claim), size and duration, or null without ffprobe. */
function probe(path: string): { frames: number; duration: number; width: number; height: number } | null {
  const r = spawnSync(
    'ffprobe',
    [
      ...['-v', 'error', '-count_frames', '-select_streams', 'v:0'],
      ...['-show_entries', 'stream=nb_read_frames,width,height:format=duration', '-of', 'json', path],
    ],
    { encoding: 'utf8' },
  );
  if (r.error) return null;
  const out = JSON.parse(r.stdout);
  const [stream] = out.streams;
  return {
    frames: Number(stream.nb_read_frames),
    duration: Number(out.format.duration),
    width: stream.width,
    height: stream.height,
  };
}

/**
 * Each decoded frame's difference from `ref`: mean and largest absolute difference of grey levels.
 * VP9 re-encodes a repeated frame a little differently, so a held frame equals its original to the
 * eye (a mean under one grey level), not to the bit; a changed date shows as a large local difference.
 */
function frameDiffs(path: string, ref: number): { mean: number; max: number }[] {
  const [w, h] = [480, 270];
  const r = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-i', path, '-s', `${w}x${h}`, '-pix_fmt', 'gray', '-f', 'rawvideo', '-'],
    {
      maxBuffer: 1 << 28,
    },
  );
  const size = w * h;
  const frames = Math.floor(r.stdout.length / size);
  const base = r.stdout.subarray(ref * size, (ref + 1) * size);
  return Array.from({ length: frames }, (_, k) => {
    const f = r.stdout.subarray(k * size, (k + 1) * size);
    let [sum, max] = [0, 0];
    for (let i = 0; i < size; i++) {
      const d = Math.abs(f[i] - base[i]);
      sum += d;
      max = Math.max(max, d);
    }
    return { mean: sum / size, max };
  });
}
/** Exported pictures kept for a person to look at (tests/e2e/screenshots, not committed). */
function writeShot(name: string, bytes: Buffer): void {
  const dir = resolve(import.meta.dirname, 'screenshots');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `export-${name}`), bytes);
}
const HAS_FFPROBE = spawnSync('ffprobe', ['-version']).status === 0;

const xml = (text: string) =>
  new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(text, 'text/xml');

async function openMenu(page: Page): Promise<void> {
  if (!(await page.getByRole('menu', { name: 'Export' }).isVisible()))
    await page.getByRole('button', { name: 'Export' }).click();
}

/** Opens the Export menu when closed, clicks one item and returns the download's name and bytes. */
async function exportFile(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await openMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

interface AppState {
  time: number;
  selection: { type: string; id: string } | null;
  notices: string[];
}
const appState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __entente: { state: () => AppState } }).__entente.state());

describe('exports from the built app', () => {
  let page: Page;
  let snapshot: { at: string; nodes: { id: string; label: string }[]; edges: unknown[] };

  beforeAll(async () => {
    ({ page } = await openApp('?t=1971-12-15', { acceptDownloads: true }));
    const { name, bytes } = await exportFile(page, 'export-json');
    expect(name).toBe('entente-1971-12-15.json');
    snapshot = JSON.parse(bytes.toString('utf8'));
  });

  afterAll(async () => {
    await page.context().close();
  });

  test('JSON is the snapshot at the link date, with the positions on screen', () => {
    expect(snapshot.at).toBe('1971-12-15');
    expect(snapshot.nodes.length).toBeGreaterThan(0);
    for (const n of snapshot.nodes as { x?: number; y?: number }[]) {
      expect(typeof n.x).toBe('number');
      expect(typeof n.y).toBe('number');
    }
  });

  test.each([
    [true, 2],
    [false, 1],
  ])('PNG (full graph %s, scale %i) has the PNG signature and a real size', async (full, scale) => {
    await openMenu(page);
    const fullBox = page.getByLabel('Full graph (not just the view)');
    if ((await fullBox.isChecked()) !== full) await fullBox.click();
    await page.getByLabel('Scale').selectOption(String(scale));
    const { name, bytes } = await exportFile(page, 'export-png');
    expect(name).toBe('entente-1971-12-15.png');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100 * scale);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(100 * scale);
    expect(bytes.length).toBeGreaterThan(5000);
    // The picture is the graph pane's size (at least 640x480) times the scale.
    const box = (await page.getByTestId('graph').boundingBox())!;
    expect(bytes.readUInt32BE(16)).toBe(Math.round(Math.max(box.width, 640)) * scale);
    if (full) writeShot(`png-light-scale${scale}.png`, bytes);
  });

  test('SVG is well-formed, with one node per JSON node, the date and the legend', async () => {
    const { name, bytes } = await exportFile(page, 'export-svg');
    expect(name).toBe('entente-1971-12-15.svg');
    const doc = xml(bytes.toString('utf8'));
    const groups = Array.from(doc.getElementsByTagName('g'));
    expect(groups.filter((g) => g.getAttribute('class') === 'node')).toHaveLength(snapshot.nodes.length);
    expect(groups.some((g) => g.getAttribute('class') === 'legend')).toBe(true);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('1971-12-15');
  });

  test('GraphML and GEXF parse and match the JSON counts', async () => {
    for (const [id, file] of [
      ['export-graphml', 'entente-1971-12-15.graphml'],
      ['export-gexf', 'entente-1971-12-15.gexf'],
    ]) {
      const { name, bytes } = await exportFile(page, id);
      expect(name).toBe(file);
      const doc = xml(bytes.toString('utf8'));
      expect(doc.getElementsByTagName('node')).toHaveLength(snapshot.nodes.length);
      expect(doc.getElementsByTagName('edge')).toHaveLength(snapshot.edges.length);
    }
  });

  test('dynamic GEXF covers the whole span with spells, every actor placed', async () => {
    const { name, bytes } = await exportFile(page, 'export-gexf-dynamic');
    expect(name).toMatch(/^entente-\d{4}-\d{4}-dynamic\.gexf$/);
    const doc = xml(bytes.toString('utf8'));
    const graph = doc.getElementsByTagName('graph')[0];
    expect([graph.getAttribute('mode'), graph.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const nodes = doc.getElementsByTagName('node');
    expect(nodes.length).toBeGreaterThan(snapshot.nodes.length);
    expect(doc.getElementsByTagName('viz:position')).toHaveLength(nodes.length);
  });

  test('CSV nodes and edges parse with the JSON counts', async () => {
    const nodes = await exportFile(page, 'export-csv-nodes');
    const edges = await exportFile(page, 'export-csv-edges');
    expect([nodes.name, edges.name]).toEqual([
      'entente-1971-12-15-nodes.csv',
      'entente-1971-12-15-edges.csv',
    ]);
    const opts = { header: true, skipEmptyLines: true } as const;
    expect(Papa.parse(nodes.bytes.toString('utf8'), opts).data).toHaveLength(snapshot.nodes.length);
    expect(Papa.parse(edges.bytes.toString('utf8'), opts).data).toHaveLength(snapshot.edges.length);
  });

  test.each([
    [24, 1],
    [6, 1],
  ])(
    'a WebM at %i frames/s (%i month a frame) has one frame per date plus a one-second hold',
    async (fps, step) => {
      await openMenu(page);
      await page.getByTestId('export-webm').click();
      const dialog = page.getByTestId('video-dialog');
      await dialog.getByLabel('From').fill('1971-06-01');
      await dialog.getByLabel('To').fill('1971-12-01');
      await dialog.getByLabel('Step').selectOption(String(step));
      await dialog.getByLabel('Speed').selectOption(String(fps));
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Record' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('entente-1971-06-01-to-1971-12-01.webm');
      const path = await download.path();
      const bytes = readFileSync(path);
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])); // EBML magic
      const day = (await appState(page)).time;
      expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe('1971-12-15');
      await dialog.getByRole('button', { name: 'Close' }).click();
      if (!HAS_FFPROBE) {
        console.warn('skipped the WebM timing check: ffprobe (ffmpeg) is not installed');
        return;
      }
      // 7 dates (June to December, monthly) then the last one held for one second.
      const want = 7 + fps;
      const got = probe(path)!;
      expect(got.frames).toBe(want);
      expect(Math.abs(got.duration - want / fps)).toBeLessThanOrEqual(1 / fps + 1e-3);
      // The 1080p preset (the default) whatever the window, and the last date held for a second.
      expect([got.width, got.height]).toEqual([1920, 1080]);
      // Frame 6 is the last date; every frame after it holds that picture, and frame 5 (a month
      // earlier, another date drawn) differs from it.
      const diffs = frameDiffs(path, 6);
      for (const d of diffs.slice(7)) expect(d.mean).toBeLessThan(1);
      expect(diffs[5].max).toBeGreaterThan(100);
      const still = resolve(import.meta.dirname, 'screenshots', `export-webm-${fps}fps-last.png`);
      spawnSync('ffmpeg', ['-v', 'error', '-y', '-sseof', '-0.5', '-i', path, '-frames:v', '1', still]);
    },
    120_000,
  );
});

describe('exports on the dark theme', () => {
  test('SVG and PNG are drawn on the dark page colour with light ink', async () => {
    const { page } = await openApp('?t=2003-03-01', { colorScheme: 'dark', acceptDownloads: true });
    const { bytes } = await exportFile(page, 'export-svg');
    const doc = xml(bytes.toString('utf8'));
    const bg = Array.from(doc.getElementsByTagName('rect'))
      .find((r) => r.getAttribute('class') === 'background')!
      .getAttribute('fill')!;
    expect(contrastRatio(bg, '#ffffff')).toBeGreaterThan(10);
    const date = Array.from(doc.getElementsByTagName('text')).find(
      (t) => t.getAttribute('class') === 'date',
    )!;
    expect(contrastRatio(date.getAttribute('fill')!, bg)).toBeGreaterThanOrEqual(7);
    const png = await exportFile(page, 'export-png');
    writeShot('png-dark.png', png.bytes);
    await page.context().close();
  });
});

describe('share links', () => {
  test('a link opens at its date and selection, and the address bar follows the state', async () => {
    const { page, errors } = await openApp('?t=1971-12-15&node=india');
    const state = await appState(page);
    expect(new Date(state.time * 86_400_000).toISOString().slice(0, 10)).toBe('1971-12-15');
    expect(state.selection).toEqual({ type: 'node', id: 'india' });
    expect(await page.getByRole('slider', { name: /time/i }).getAttribute('aria-valuetext')).toBe(
      '1971-12-15',
    );
    await expect.poll(() => page.evaluate(() => location.search)).toContain('node=india');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a garbage link still opens the app, at the defaults, with a notice', async () => {
    const { page } = await openApp('?t=next-tuesday&node=%3Cimg%20src%3Dx%3E&hide=dragons');
    const notice = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notice.textContent()).toMatch(/next-tuesday/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect((await appState(page)).selection).toBeNull();
    await page.context().close();
  });

  test('a link made on a dataset this browser lacks says so, and opens on the built-in one only when asked', async () => {
    const name = encodeURIComponent('Sahel <img src=x> 2024');
    const { page } = await openApp(`?ds=0123456789abcdef&dsname=${name}&t=1971-12-03&node=pakistan`);
    const notice = page.getByTestId('link-dataset-notice');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/“Sahel <img src=x> 2024”, which is not in this browser/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // Nothing of the link is applied to a dataset it was not made on until the user says so.
    expect((await appState(page)).selection).toBeNull();
    expect(new URL(page.url()).searchParams.get('ds')).toBe('0123456789abcdef');
    await notice.getByRole('button', { name: 'Open the built-in dataset' }).click();
    await expect.poll(async () => (await appState(page)).selection).toEqual({ type: 'node', id: 'pakistan' });
    expect(await page.getByTestId('link-dataset-notice').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('ds')).toBeNull();
    await page.context().close();
  });
});
