import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// A separate build for the benchmark page, so the app's own build never ships it.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'error',
  build: {
    outDir: resolve(import.meta.dirname, '../../../.bench/page'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
  },
});
