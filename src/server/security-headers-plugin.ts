import type { Connect, Plugin } from 'vite';
import { APP_CSP, applySecurityHeaders, DEV_CSP } from './security-headers.js';

/**
 * Sends the app's security headers from `npm run preview` (the built app under the strict
 * policy, ADR 0016) and the dev server (framing refused, nosniff, no referrer; no full
 * policy, which would block hot reload's injected styles). Registered before the endpoint
 * plugin so /api answers carry the endpoint's own, stricter policy instead.
 */
export function securityHeadersPlugin(): Plugin {
  const withPolicy =
    (csp: string): Connect.NextHandleFunction =>
    (req, res, next) => {
      if (!req.url?.startsWith('/api/')) applySecurityHeaders(res, csp);
      next();
    };
  return {
    name: 'zairyu-security-headers',
    configureServer(server) {
      server.middlewares.use(withPolicy(DEV_CSP));
    },
    configurePreviewServer(server) {
      server.middlewares.use(withPolicy(APP_CSP));
    },
  };
}
