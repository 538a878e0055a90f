import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { SECURITY_HEADERS } from './content-security-policy';

/** The production build that `vite build` writes. */
export const DIST = resolve(import.meta.dirname, '../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123/ */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built app on a free loopback port: plain files, no rewriting, nothing outside `root`, and
 * the app's security headers on every response, as a real host sends them (a worker takes its policy
 * from its script's response). `extra` adds fixed scripts by path (the browser tests' CSP probe).
 * Used by the browser tests (tests/e2e/global-setup.ts) and the docs screenshots script.
 */
export async function serveDirectory(root = DIST, extra: Record<string, string> = {}): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} has no index.html: run \`vite build\` first`);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (Object.hasOwn(extra, path)) {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/javascript' });
      res.end(extra[path]);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
