import { describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChromium } from '../../src/cli/chromium';

describe('finding a browser without downloading one', () => {
  it('CHROME_PATH comes first', async () => {
    const found = await findChromium({ CHROME_PATH: '/opt/my/chrome', ENTENTE_NO_SYSTEM_CHROME: '1' });
    expect(found).toEqual({ executablePath: '/opt/my/chrome', args: CHROME_ARGS, source: 'CHROME_PATH' });
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'with the system browser ruled out, the npm package gives one, with our flags and none that weaken security',
    async () => {
      const found = await findChromium({ ENTENTE_NO_SYSTEM_CHROME: '1' });
      expect(found.source).toBe('@sparticuz/chromium');
      expect(found.args).toEqual(expect.arrayContaining(CHROME_ARGS));
      expect(
        found.args.filter((a) =>
          /disable-web-security|allow-running-insecure|single-process|headless=/.test(a),
        ),
      ).toEqual([]);
    },
    60_000,
  );
});
