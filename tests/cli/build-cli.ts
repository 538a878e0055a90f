import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
/** Two levels under the repo, like src/cli, so the CLIs' `../../data/entente.json` still resolves. */
export const CLI_BUNDLES = resolve(ROOT, '.cache/cli');

/**
 * Vitest global setup: bundles each CLI once into plain JavaScript. Spawning `node --import tsx` costs
 * 1.5-4 s per run on a shared 2-core machine (tsx transforms the whole import graph every time), and the
 * CLI tests spawn about sixty; a bundle starts in a fraction of that. The bundle is the same source
 * (packages stay external), and tests/cli/npm-scripts.test.ts still runs the CLIs through tsx as
 * `npm run` does.
 */
export default async function setup() {
  rmSync(CLI_BUNDLES, { recursive: true, force: true });
  await build({
    entryPoints: ['snapshot', 'validate', 'diff'].map((name) => resolve(ROOT, `src/cli/${name}.ts`)),
    outdir: CLI_BUNDLES,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
}
