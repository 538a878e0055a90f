import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SECURITY_HEADERS } from '../../scripts/content-security-policy';

const DIST = resolve(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A worker served like the app's own: a string setTimeout must not run under the header's policy. */
export const CSP_PROBE_PATH = '/__csp-probe.worker.js';
const CSP_PROBE_WORKER = `
self.addEventListener('securitypolicyviolation', (e) => postMessage('violation ' + e.violatedDirective));
try { setTimeout("postMessage('string timer ran')", 0); } catch (e) { postMessage('blocked ' + e.name); }
try { new Function('return 1')(); postMessage('Function ran'); } catch (e) { postMessage('blocked ' + e.name); }
setTimeout(() => postMessage('done'), 200);
`;

/** Serves the built app (dist/) on a free loopback port for every browser test file. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `vite build` first');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === CSP_PROBE_PATH) {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/javascript' });
      res.end(CSP_PROBE_WORKER);
      return;
    }
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // The policy as a header, as a real host sends it: workers get theirs from their script's response.
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
