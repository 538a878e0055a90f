import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { printBrowser, runBrowserBench } from './browser-bench';
import { printBundle, runBundleBench } from './bundle-bench';
import { printEngine, runEngineBench } from './engine-bench';

/**
 * `npm run bench [-- engine bundle browser]`: measures, prints ratios against baselines taken in the same
 * run, and saves the figures to .bench/. A benchmark, not a test: nothing here fails on a slow machine.
 */
const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith('-')));
const run = (name: string) => wanted.size === 0 || wanted.has(name);

const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryBytes: totalmem(),
  node: process.version,
};
console.log(
  `Entente bench ${machine.date} — ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GB, node ${machine.node}`,
);

const results: Record<string, unknown> = { machine };
if (run('engine')) {
  const engine = runEngineBench();
  printEngine(engine);
  results.engine = engine;
}
if (run('bundle')) {
  const bundle = runBundleBench();
  printBundle(bundle);
  results.bundle = bundle;
}
if (run('browser')) {
  const browser = await runBrowserBench();
  printBrowser(browser);
  results.browser = browser;
}
const dir = resolve(import.meta.dirname, '../../.bench');
mkdirSync(dir, { recursive: true });
const file = resolve(dir, `bench-${machine.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(resolve(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures saved to ${file}`);
