import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, verdict } from './stats';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleFigures {
  eager: BundleFile[];
  /** The Cytoscape runtime, preloaded by index.html beside the app (not counted in `eager`). */
  runtime: BundleFile[];
  /** The app's eager JS (no CSS, no runtime): what the issue-22 target (<= 150 KB gzip) is about. */
  eagerJsGzipBytes: number;
  lazy: BundleFile[];
  eagerGzipBytes: number;
  lazyGzipBytes: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, '.bench/dist');

function measure(dir: string, file: string): BundleFile {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Builds the app into .bench/dist and splits its JS/CSS into what index.html loads at once and the rest. */
export function runBundleBench(): BundleFigures {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const eagerPaths = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) eagerPaths.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g))
    eagerPaths.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g))
    eagerPaths.add(m[1]);
  const runtimePaths = [...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*data-graph-runtime/g)].map((m) =>
    m[1].replace(/^\.?\//, ''),
  );
  const eagerFiles = new Set(
    [...eagerPaths].map((p) => p.replace(/^\.?\//, '')).filter((p) => !runtimePaths.includes(p)),
  );
  const all = walk(OUT)
    .map((p) => relative(OUT, p))
    .filter((p) => /\.(js|mjs|css|wasm)$/.test(p));
  const eager = all.filter((p) => eagerFiles.has(p)).map((p) => measure(OUT, p));
  const runtime = all.filter((p) => runtimePaths.includes(p)).map((p) => measure(OUT, p));
  const lazy = all.filter((p) => !eagerFiles.has(p) && !runtimePaths.includes(p)).map((p) => measure(OUT, p));
  const sum = (files: BundleFile[]) => files.reduce((s, f) => s + f.gzipBytes, 0);
  return {
    eager,
    runtime,
    lazy,
    eagerGzipBytes: sum(eager),
    eagerJsGzipBytes: sum(eager.filter((f) => f.file.endsWith('.js'))),
    lazyGzipBytes: sum(lazy),
  };
}

export function printBundle(f: BundleFigures): void {
  console.log('\nBundle (vite build, gzip -9)');
  for (const file of f.eager)
    console.log(
      `  eager ${file.file.padEnd(44)} ${kb(file.gzipBytes).padStart(10)}  (raw ${kb(file.bytes)})`,
    );
  for (const file of f.runtime)
    console.log(
      `  graph ${file.file.padEnd(44)} ${kb(file.gzipBytes).padStart(10)}  (raw ${kb(file.bytes)}; preloaded beside the app)`,
    );
  for (const file of f.lazy)
    console.log(
      `  lazy  ${file.file.padEnd(44)} ${kb(file.gzipBytes).padStart(10)}  (raw ${kb(file.bytes)})`,
    );
  console.log(
    `  initial load ${kb(f.eagerGzipBytes)} gzip with CSS (target <= 220 KB: ${verdict(f.eagerGzipBytes <= 220 * 1024)}); lazy ${kb(f.lazyGzipBytes)}`,
  );
  console.log(
    `  app's eager JS, Cytoscape runtime aside: ${kb(f.eagerJsGzipBytes)} gzip (issue 22 target <= 150 KB: ${verdict(f.eagerJsGzipBytes <= 150 * 1024)})`,
  );
}
