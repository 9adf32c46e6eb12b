import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../src/cli/project-root';
import { reservationApiPlugin } from '../../src/server/vite-plugin';
import { book, tempDatabase } from '../sync/helpers';

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('reservationApiPlugin', () => {
  it('serves the endpoint on /api of the Vite server, same origin as the app', async () => {
    const database = tempDatabase();
    server = await createServer({
      configFile: false,
      root: PROJECT_ROOT,
      logLevel: 'silent',
      plugins: [reservationApiPlugin({ database, enabled: true })],
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    await server.listen();
    const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    const avail = await fetch(`${origin}/api/reservations/availability?system=tokyo_application`);
    expect(avail.status).toBe(200);
    expect((await avail.json()).slots.length).toBeGreaterThan(0);
    const res = await fetch(`${origin}/api/reservations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'plugin-1' },
      body: JSON.stringify({ ...book('2026-11-24', '10:00') }),
    });
    // Today's booking closed yesterday at 11:59 (real clock): the planner answered through Vite.
    expect(res.status).toBe(422);
    expect((await res.json()).reason).toBe('deadline');
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });
});
