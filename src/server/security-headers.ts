import type { ServerResponse } from 'node:http';

/**
 * The app's Content-Security-Policy (ADR 0016). Every script, worker, style sheet and
 * module is a file of the build on this origin: no 'unsafe-eval' (Ajv runs from generated
 * validators, pdf.js with isEvalSupported: false), no inline script, no WebAssembly (pdf.js
 * decodes images with its JavaScript fallbacks, as no wasmUrl is given).
 * Styles: Svelte writes component CSS to files ('self') and sets dynamic styles through
 * the CSSOM (element.style), which CSP does not govern: no 'unsafe-inline' at all.
 * connect-src: the reservation endpoint is the user's choice (EndpointSetting), on this
 * origin, any https origin, or a local one for `npm run serve:api`.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // blob: for recheck (the ReDoS check of a loaded pack), which starts its worker from a Blob.
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The endpoint answers JSON only: nothing it sends may run, load or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Vite's dev server injects CSS through <style> elements for hot reload, which the app's
 * policy would block: in development only framing is refused.
 */
export const DEV_CSP = "frame-ancestors 'none'";

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // Case ids sit in the URL hash, which is never sent; the path and query neither go out.
    'Referrer-Policy': 'no-referrer',
  };
}

/** Sets the headers on a response before anything is written (they merge into writeHead). */
export function applySecurityHeaders(res: ServerResponse, csp: string): void {
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(securityHeaders(csp))) res.setHeader(name, value);
}
