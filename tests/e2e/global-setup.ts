import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/serve-dist';

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
  const server = await serveDirectory(undefined, { [CSP_PROBE_PATH]: CSP_PROBE_WORKER });
  project.provide('baseUrl', server.url);
  return server.close;
}
