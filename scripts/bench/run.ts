import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { printBrowser, runBrowserBench } from './browser-bench';
import { printBundle, runBundleBench } from './bundle-bench';
import { printCli, runCliBench } from './cli-bench';
import { printEngine, runEngineBench } from './engine-bench';
import { runUserBench } from './user-bench';

/**
 * `npm run bench [-- --only play,keys]`: measures, prints ratios against baselines taken in the same run,
 * and saves the figures to .bench/. A benchmark, not a test: nothing here fails on a slow machine.
 * Parts: engine, bundle, browser (the adapter and app step), cold, keys, play, load (the user-facing ones),
 * cli (a 100,000-actor snapshot in every CLI format).
 * `--only a,b` (or bare names) picks parts; `--skip a,b` leaves some out.
 */
const PARTS = ['engine', 'bundle', 'browser', 'cold', 'keys', 'play', 'load', 'cli'];
const args = process.argv.slice(2);
const listAfter = (flag: string) =>
  args.flatMap((a, i) =>
    a === flag
      ? (args[i + 1] ?? '').split(',')
      : a.startsWith(`${flag}=`)
        ? a.slice(flag.length + 1).split(',')
        : [],
  );
const bare = args.filter((a, i) => !a.startsWith('-') && !['--only', '--skip'].includes(args[i - 1]));
const wanted = new Set([...listAfter('--only'), ...bare].filter(Boolean));
const skipped = new Set(listAfter('--skip'));
for (const name of [...wanted, ...skipped])
  if (!PARTS.includes(name)) throw new Error(`Unknown bench part "${name}"; parts: ${PARTS.join(', ')}`);
const run = (name: string) => (wanted.size === 0 || wanted.has(name)) && !skipped.has(name);

const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryBytes: totalmem(),
  node: process.version,
  loadAverage: loadavg(),
};
console.log(
  `Entente bench ${machine.date} — ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GB, node ${machine.node}, load average ${machine.loadAverage.map((x) => x.toFixed(2)).join(' / ')}`,
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
if (run('cli')) {
  const cli = await runCliBench();
  printCli(cli);
  results.cli = cli;
}
const userParts = new Set(['cold', 'keys', 'play', 'load'].filter(run));
if (userParts.size) {
  results.user = await runUserBench(userParts);
}
const dir = resolve(import.meta.dirname, '../../.bench');
mkdirSync(dir, { recursive: true });
const file = resolve(dir, `bench-${machine.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(resolve(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures saved to ${file}`);
