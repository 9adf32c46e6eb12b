import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import type { RunningApi } from '../../src/server/create-api';
import { API_CSP, APP_CSP, DEV_CSP } from '../../src/server/security-headers';
import { securityHeadersPlugin } from '../../src/server/security-headers-plugin';
import { reservationApiPlugin } from '../../src/server/vite-plugin';
import { ServerClock, startServer, tempDatabase } from '../sync/helpers';

let server: ViteDevServer | undefined;
let api: RunningApi | undefined;
afterEach(async () => {
  await server?.close();
  await api?.close();
  server = undefined;
  api = undefined;
});

function expectHeaders(res: Response, csp: string) {
  expect(res.headers.get('content-security-policy')).toBe(csp);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers', () => {
  it('the app policy allows no eval, no inline script and no framing', () => {
    const directives = new Map(
      APP_CSP.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toContain('wasm-unsafe-eval');
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('the standalone endpoint sends its policy on every answer, found or not', async () => {
    api = await startServer(null, new ServerClock());
    const base = api.url.replace(/\/$/, '');
    const found = await fetch(`${base}/api/reservations/availability?system=tokyo_application`);
    expect(found.status).toBe(200);
    expectHeaders(found, API_CSP);
    const missing = await fetch(`${base}/index.html`);
    expect(missing.status).toBe(404);
    expectHeaders(missing, API_CSP);
    const preflight = await fetch(`${base}/api/reservations`, { method: 'OPTIONS' });
    expectHeaders(preflight, API_CSP);
  });

  it('the dev server refuses framing and sniffing; its /api keeps the endpoint policy', async () => {
    server = await createServer({
      configFile: false,
      root: PROJECT_ROOT,
      logLevel: 'silent',
      plugins: [
        securityHeadersPlugin(),
        reservationApiPlugin({ database: tempDatabase(), enabled: true }),
      ],
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    await server.listen();
    const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    expectHeaders(await fetch(`${origin}/`), DEV_CSP);
    expectHeaders(
      await fetch(`${origin}/api/reservations/availability?system=tokyo_application`),
      API_CSP,
    );
  });
});
