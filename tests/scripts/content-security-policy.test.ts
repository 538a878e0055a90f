import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  SECURITY_HEADERS,
} from '../../scripts/content-security-policy';
import config from '../../vite.config';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');

describe('the Content-Security-Policy is the same everywhere it is served', () => {
  it('forbids eval and framing, and the header adds frame-ancestors to the meta policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'[^;]*script/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('vite preview sends the headers', () => {
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
  });

  it('public/_headers (Netlify, Cloudflare Pages) and the nginx snippet in docs/IMPORT.md match', () => {
    const headers = read('public/_headers');
    const doc = read('docs/IMPORT.md');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers).toContain(`  ${name}: ${value}\n`);
      expect(doc).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
