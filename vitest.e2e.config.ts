import { defineConfig } from 'vitest/config';

// Browser tests drive the built app (dist/) in the system Chromium; they share one server and browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
