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
    const write = (headers: Record<string, string>) =>
      fetch(`${origin}/api/reservations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'plugin-1', ...headers },
        body: JSON.stringify({ ...book('2026-11-24', '10:00') }),
      });
    // Accounts apply behind Vite too: no session, no read and no write.
    expect((await write({ Origin: origin })).status).toBe(401);
    expect((await fetch(`${origin}/api/reservations`)).status).toBe(401);
    // The first run: the app on this machine signs up and is active at once, then signs in.
    const account = {
      login: 'first-run',
      password: 'a long enough password',
      filer: book('x', 'y').filer,
    };
    const json = { 'Content-Type': 'application/json', Origin: origin };
    const up = await fetch(`${origin}/api/accounts`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(account),
    });
    expect(up.status).toBe(201);
    const signIn = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ login: account.login, password: account.password, mode: 'cookie' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const res = await write({ Origin: origin, Cookie: cookie });
    // Today's booking closed yesterday at 11:59 (real clock): the planner answered through Vite.
    expect(res.status).toBe(422);
    expect((await res.json()).reason).toBe('deadline');
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });
});
