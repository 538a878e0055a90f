import { resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';

const PLACE = resolve(import.meta.dirname, '../../../src/graph/place.ts');
const QUICK_PLACE = resolve(import.meta.dirname, 'quick-place.ts');

/** The graph runtime's placeActors becomes the quick spiral (see quick-place.ts); nothing else changes. */
function quickPlacement(): Plugin {
  return {
    name: 'bench-quick-placement',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === QUICK_PLACE || !source.endsWith('/place')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === PLACE ? QUICK_PLACE : null;
    },
  };
}

// A separate build for the benchmark page, so the app's own build never ships it.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'error',
  plugins: [quickPlacement()],
  build: {
    outDir: resolve(import.meta.dirname, '../../../.bench/page'),
    emptyOutDir: true,
    target: 'es2022',
    minify: process.env.BENCH_MINIFY !== '0',
    chunkSizeWarningLimit: 5000,
    // The graph adapter alone (index.html), the whole app (app.html), the app playing (play.html).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        app: resolve(import.meta.dirname, 'app.html'),
        play: resolve(import.meta.dirname, 'play.html'),
      },
    },
  },
});
