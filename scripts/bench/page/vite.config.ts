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
    minify: process.env.BENCH_MINIFY !== '0',
    chunkSizeWarningLimit: 5000,
    // The graph adapter alone (index.html), the whole app (app.html), the app playing (play.html), and
    // plain Cytoscape drawing the seed graph (floor.html, the cold load's floor).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        app: resolve(import.meta.dirname, 'app.html'),
        play: resolve(import.meta.dirname, 'play.html'),
        floor: resolve(import.meta.dirname, 'floor.html'),
      },
    },
  },
});
