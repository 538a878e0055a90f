import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readPngMeta } from '../../src/model/export';
import { FIXTURE, ROOT, cliCommand } from './run-cli';

const run = promisify(execFile);

async function snapshot(...args: string[]) {
  const { stdout, stderr } = await run(
    process.execPath,
    cliCommand('snapshot', ['--dataset', FIXTURE, ...args]),
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return { stdout, stderr };
}

async function fails(...args: string[]): Promise<string> {
  try {
    await snapshot(...args);
  } catch (err) {
    return (err as { stderr: string }).stderr;
  }
  throw new Error('expected the CLI to fail');
}

const xml = (text: string) =>
  new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(text, 'text/xml');

// Every case spawns the CLI several times: slow on a shared machine, hence the timeout.
describe('snapshot CLI formats', { timeout: 120_000 }, () => {
  it('keeps JSON the default, unchanged', async () => {
    const plain = JSON.parse((await snapshot('--at', '1971-12-10')).stdout);
    const explicit = JSON.parse((await snapshot('--at', '1971-12-10', '--format', 'json')).stdout);
    expect(explicit).toEqual(plain);
    expect(plain.at).toBe('1971-12-10');
    expect(plain.nodes.length).toBeGreaterThan(0);
  });

  it('prints GraphML, GEXF and SVG that parse, with the JSON counts', async () => {
    const json = JSON.parse((await snapshot('--at', '1971-12-10')).stdout);
    for (const format of ['graphml', 'gexf', 'svg']) {
      const doc = xml((await snapshot('--at', '1971-12-10', '--format', format)).stdout);
      if (format === 'svg') {
        const nodes = Array.from(doc.getElementsByTagName('g')).filter(
          (g) => g.getAttribute('class') === 'node',
        );
        expect(nodes).toHaveLength(json.nodes.length);
      } else {
        expect(doc.getElementsByTagName('node')).toHaveLength(json.nodes.length);
        expect(doc.getElementsByTagName('edge')).toHaveLength(json.edges.length);
      }
    }
  });

  it('prints CSV nodes then edges, or writes both files into --out', async () => {
    const { stdout } = await snapshot('--at', '1971-12-10', '--format', 'csv');
    const [nodes, edges] = stdout.split('\r\n\r\n');
    expect(Papa.parse(nodes, { header: true }).data.length).toBeGreaterThan(0);
    expect(Papa.parse(edges, { header: true, skipEmptyLines: true }).meta.fields).toContain('score');
    const dir = mkdtempSync(join(tmpdir(), 'entente-csv-'));
    await snapshot('--at', '1971-12-10', '--format', 'csv', '--out', dir);
    expect(readdirSync(dir).sort()).toEqual(['entente-1971-12-10-edges.csv', 'entente-1971-12-10-nodes.csv']);
  });

  // Few CLI runs per case: each spawn of Node is slow on a busy machine.
  it('--bom starts every CSV file (and the stdout text) with one UTF-8 byte-order mark', async () => {
    const marked = (await snapshot('--at', '1971-12-10', '--format', 'csv', '--bom')).stdout;
    expect(marked.startsWith('\uFEFFid,label,kind')).toBe(true);
    expect(marked.indexOf('\uFEFF', 1)).toBe(-1);
    const dir = mkdtempSync(join(tmpdir(), 'entente-bom-'));
    await snapshot('--at', '1971-12-10', '--format', 'csv', '--bom', '--out', dir);
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file));
      expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x69]); // BOM, then "id,"
    }
  });

  it('writes one undirected graph by default and marks directed ties only with --direction mixed', async () => {
    const plain = (await snapshot('--at', '1971-12-10', '--format', 'graphml')).stdout;
    expect(plain).not.toMatch(/directed="true"/);
    expect(plain).toMatch(/<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"\/>/);
    const mixed = (await snapshot('--at', '1971-12-10', '--format', 'gexf', '--direction', 'mixed')).stdout;
    expect(mixed).toMatch(/type="directed"/);
    expect(await fails('--at', '1971', '--format', 'gexf', '--direction', 'up')).toMatch(
      /--direction is undirected or mixed/,
    );
  });

  it('titles pictures with the dataset and inks them by contrast with --background', async () => {
    const { stdout } = await snapshot('--at', '1971-12-10', '--format', 'svg', '--background', '#102030');
    const doc = xml(stdout);
    const texts = Array.from(doc.getElementsByTagName('text'));
    const byClass = (c: string) => texts.find((t) => t.getAttribute('class') === c)!;
    expect(byClass('title').textContent).not.toMatch(/^Entente/);
    expect(byClass('source').textContent).toMatch(/^Source: /);
    const fills = [
      ...texts.map((t) => t.getAttribute('fill')),
      ...Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('fill')),
    ].filter((f): f is string => !!f && f.startsWith('#'));
    expect(fills.length).toBeGreaterThan(3);
    for (const fill of fills) expect(contrastRatio(fill, '#102030')).toBeGreaterThanOrEqual(4.5);
    const bare = xml(
      (await snapshot('--at', '1971-12-10', '--format', 'svg', '--no-title', '--no-source', '--no-legend'))
        .stdout,
    );
    const classes = Array.from(bare.getElementsByTagName('text')).map((t) => t.getAttribute('class'));
    expect(classes.filter(Boolean)).toEqual(['date']);
  });

  it('writes a dynamic GEXF named by its years, stamped with the day it was written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-gexf-'));
    const args = ['--dataset', FIXTURE, '--format', 'gexf-dynamic', '--step', 'quarter', '--out', dir];
    // SOURCE_DATE_EPOCH (2026-05-28 in seconds) stands in for today, as reproducible builds use it.
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1780000000' };
    await run(process.execPath, cliCommand('snapshot', args), { cwd: ROOT, env });
    const doc = xml(readFileSync(join(dir, 'entente-1947-2012-dynamic.gexf'), 'utf8'));
    const graph = doc.getElementsByTagName('graph')[0];
    expect([graph.getAttribute('mode'), graph.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    expect(doc.getElementsByTagName('meta')[0].getAttribute('lastmodifieddate')).toBe('2026-05-28');
  });

  it('renders a PNG with the system Chromium at the chosen scale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-png-'));
    const args = ['--at', '1971-12-15', '--format', 'png', '--out', dir, '--width', '600', '--height', '400'];
    await snapshot(...args, '--scale', '2', '--background', 'transparent');
    const png = readFileSync(join(dir, 'entente-1971-12-15.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR width and height, big-endian, right after the signature and chunk header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 800]);
    expect(png[25]).toBe(6); // colour type 6: RGBA, so the transparent background is kept
    // Scale 2 is 192 dpi, so an office suite pastes it at its size on screen; and what it shows.
    const meta = readPngMeta(png);
    expect(meta.dpi).toBe(192);
    expect(meta.text).toMatchObject({ Date: '1971-12-15', Software: 'Entente snapshot CLI' });
    expect(Object.keys(meta.text)).toEqual(['Title', 'Date', 'Source', 'Software']);
  }, 60000);

  it('draws a preset picture at its own size, and names a bad preset', async () => {
    const { stdout } = await snapshot('--at', '1971-12-15', '--format', 'svg', '--preset', 'slide');
    const svg = xml(stdout).documentElement!;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1920', '1080']);
    expect(await fails('--at', '1971', '--format', 'svg', '--preset', 'poster')).toMatch(
      /--preset is one of slide, a4/,
    );
  });

  it('rejects unknown formats, PNG without --out, and bad numbers with one readable line', async () => {
    expect(await fails('--at', '1971', '--format', 'pdf')).toMatch(/unknown --format "pdf"/);
    expect(await fails('--at', '1971', '--format', 'png')).toMatch(/needs --out/);
    expect(await fails('--at', '1971', '--format', 'svg', '--scale', 'big')).toMatch(
      /--scale must be a number/,
    );
    expect(await fails('--format', 'svg')).toMatch(/--at is required/);
  });
});
