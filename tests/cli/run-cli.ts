import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = resolve(ROOT, 'tests/fixtures/mini.json');

/** The command line that runs `src/cli/<script>.ts`: its bundle, built once by tests/cli/build-cli.ts. */
export const cliCommand = (script: string, args: readonly string[]) => [
  resolve(ROOT, `.cache/cli/${script}.mjs`),
  ...args,
];

/** Runs a CLI in a fresh Node process and returns its exit code and output. */
export function runCli(script: string, args: readonly string[]) {
  const r = spawnSync(process.execPath, cliCommand(script, args), {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
