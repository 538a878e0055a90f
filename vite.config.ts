/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './scripts/content-security-policy';
import { formatIssue, loadDatasetText } from './src/model/validate';

// The built app forbids inline scripts and eval. The dev server needs an inline HMR preamble, so the
// <meta> policy is injected at build time only; `vite preview` sends the full policy as a header.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'entente-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

// The Cytoscape runtime is a dynamic import (the shell draws without it), but every first graph needs
// it: index.html asks for it (and the bundled dataset) beside the first bundle, so neither download
// waits for the app's.
function preloadGraphRuntime(): Plugin {
  return {
    name: 'entente-preload-graph-runtime',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const runtime = Object.values(ctx.bundle ?? {}).find(
          (chunk) =>
            chunk.type === 'chunk' && /src[\\/]graph[\\/]runtime\.ts$/.test(chunk.facadeModuleId ?? ''),
        );
        // The bundled dataset too: main.tsx fetches it only once every eager module has run.
        const dataset = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'asset' && /^assets\/entente-[\w-]+\.json$/.test(file.fileName),
        );
        const links = [
          runtime && `<link rel="modulepreload" crossorigin href="./${runtime.fileName}" data-graph-runtime>`,
          dataset && `<link rel="preload" as="fetch" crossorigin href="./${dataset.fileName}" data-dataset>`,
        ].filter(Boolean);
        return html.replace('</head>', `${links.map((l) => `  ${l}\n`).join('')}  </head>`);
      },
    },
  };
}

// The app opens the bundled dataset without its validator (src/model/bundled.ts), so the build checks
// it against the full schema: a dataset that would not import cannot ship.
function checkBundledDataset(): Plugin {
  return {
    name: 'entente-check-bundled-dataset',
    apply: 'build',
    buildStart() {
      const file = 'data/entente.json';
      const result = loadDatasetText(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'), file);
      if (!result.ok)
        this.error(`${file} is not a valid dataset:\n${result.issues.map(formatIssue).join('\n')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadGraphRuntime(), checkBundledDataset()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // The validator gets a chunk of its own: left to the default grouping, zod shared one with the
        // date helpers every screen needs, and so loaded with index.html (docs/PERFORMANCE.md, bundle).
        codeSplitting: {
          groups: [
            {
              name: 'validator',
              test: /node_modules[\\/]zod[\\/]|src[\\/]model[\\/](schema|validate)\.ts$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/cli/build-cli.ts'],
    testTimeout: 20000,
  },
});
