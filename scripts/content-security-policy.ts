/**
 * The app's Content-Security-Policy, in one place for every server: `vite preview`, the browser tests'
 * server (tests/e2e/global-setup.ts) and static hosts (public/_headers, the nginx snippet in
 * docs/ARCHITECTURE.md; a test checks both carry exactly this text).
 *
 * It must be an HTTP header: a worker's policy comes from its own script's response header, never from
 * the page's <meta> tag, and `frame-ancestors` is ignored in <meta>. The built index.html also carries
 * the policy as <meta> (without frame-ancestors) for hosts that cannot set headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // wasm-unsafe-eval lets the HiGHS solver's WebAssembly compile; it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The header adds what only a header can say: no site may frame the app (clickjacking). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Every response of the app: documents, scripts (workers included), data. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
