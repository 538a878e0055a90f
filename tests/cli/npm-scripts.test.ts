import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURE, ROOT } from './run-cli';

/** The other CLI tests run bundles; this one runs the sources the way `npm run <script>` does (Node + tsx). */
describe('the CLIs through tsx, as npm run starts them', { timeout: 60_000 }, () => {
  it.each([
    ['snapshot', ['--at', '1971-12-10', '--dataset', FIXTURE], /"nodes"/],
    ['validate', ['--dataset', FIXTURE], /valid — 7 actors/],
    ['diff', ['--from', '1970', '--to', '1972', '--dataset', FIXTURE], /"from": "1970-01-01"/],
  ])('%s', (script, args, expected) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(expected);
  });
});
