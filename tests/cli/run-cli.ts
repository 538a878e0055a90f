import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = resolve(ROOT, 'tests/fixtures/mini.json');

/** Runs `src/cli/<script>.ts` the way `npm run` does (Node + tsx) and returns its exit code and output. */
export function runCli(script: string, args: readonly string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
