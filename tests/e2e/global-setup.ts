import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (dist/) on a free loopback port for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await serveDirectory();
  project.provide('baseUrl', server.url);
  return server.close;
}
