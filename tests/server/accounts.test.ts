import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAccountCommand } from '../../src/server/account-command';
import type { RunningApi } from '../../src/server/create-api';
import { openStore } from '../../src/server/store/open-store';
import { startSession } from '../../src/server/auth/identity';
import { book, ServerClock, startServer } from '../sync/helpers';
import { ensureAccount } from '../support/test-accounts';
import { freshDatabase, storeBackends, tempDatabase } from '../support/store-backends';

// Accounts, sessions and their limits over real HTTP.
const json = { 'Content-Type': 'application/json' };

describe.each(storeBackends())('accounts and sessions (%s)', (backend) => {
  let api: RunningApi;
  const clock = new ServerClock();
  let origin = '';
  beforeAll(async () => {
    api = await startServer(await freshDatabase(backend), clock, { auth: { writesPerMinute: 5 } });
    origin = api.url;
    const req = { login: 'kato', password: 'a long enough password', filer: book('x', 'y').filer };
    const up = await fetch(`${api.url}/api/accounts?lang=en`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(req),
    });
    expect(up.status).toBe(202);
    expect((await up.json()).state).toBe('pending');
    // The first call starts the file's PostgreSQL server (initdb): slow on a loaded machine.
  }, 60_000);
  afterAll(() => api.close());

  const signIn = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/api/session?lang=en`, {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify(body),
    });

  it('a sign-up waits for approval; then a cookie session works from the same origin only', async () => {
    const pending = await signIn({
      login: 'kato',
      password: 'a long enough password',
      mode: 'bearer',
    });
    expect(pending.status).toBe(401);
    await api.store.accounts.updateAccount(
      (await api.store.accounts.account({ login: 'kato' }))!.id,
      { state: 'active' },
      'x',
    );
    const foreign = await signIn(
      { login: 'kato', password: 'a long enough password' },
      { Origin: 'http://localhost:5999' },
    );
    expect(foreign.status).toBe(403);
    const ok = await signIn(
      { login: 'kato', password: 'a long enough password' },
      { Origin: origin },
    );
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^zp_session=[\w-]{43}; Path=\/api; HttpOnly; SameSite=Strict; Max-Age=43200$/,
    );
    const session = cookie.split(';')[0]!;
    expect(await ok.json()).toMatchObject({
      login: 'kato',
      filerKey: '123456789012',
      idleTimeoutMinutes: 30,
    });
    const write = (headers: Record<string, string>, key: string) =>
      fetch(`${api.url}/api/reservations`, {
        method: 'POST',
        headers: { ...json, Cookie: session, 'Idempotency-Key': key, ...headers },
        body: JSON.stringify(book('2026-11-26', '10:00')),
      });
    expect((await write({}, 'c1')).status).toBe(403); // no Origin: could be another site's form
    expect((await write({ Origin: 'http://localhost:5999' }, 'c2')).status).toBe(403);
    expect((await write({ Origin: origin }, 'c3')).status).toBe(201);
    const me = await fetch(`${api.url}/api/session`, { headers: { Cookie: session } });
    expect(await me.json()).toMatchObject({ login: 'kato' });
    const out = await fetch(`${api.url}/api/session`, {
      method: 'DELETE',
      headers: { Cookie: session },
    });
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${api.url}/api/session`, { headers: { Cookie: session } })).status).toBe(
      401,
    );
  });

  it('ends a session after 30 idle minutes and 12 hours at most', async () => {
    const ok = await signIn({ login: 'kato', password: 'a long enough password', mode: 'bearer' });
    const { token } = await ok.json();
    const me = () =>
      fetch(`${api.url}/api/session`, { headers: { Authorization: `Bearer ${token}` } });
    const start = clock.at;
    for (let m = 25; m < 12 * 60; m += 25) {
      clock.at = start.add({ minutes: m });
      expect((await me()).status).toBe(200);
    }
    clock.at = start.add({ hours: 12 });
    expect((await me()).status).toBe(401);
    const again = await signIn({
      login: 'kato',
      password: 'a long enough password',
      mode: 'bearer',
    });
    const t2 = (await again.json()).token;
    clock.at = clock.at.add({ minutes: 31 });
    expect(
      (await fetch(`${api.url}/api/session`, { headers: { Authorization: `Bearer ${t2}` } }))
        .status,
    ).toBe(401);
    clock.at = start;
  });

  it('slows failed sign-ins down instead of locking: the right password works after the wait', async () => {
    const wrong = { login: 'kato', password: 'not the password at all', mode: 'bearer' };
    for (let i = 0; i < 3; i++) expect((await signIn(wrong)).status).toBe(401);
    const slowed = await signIn({ ...wrong, password: 'a long enough password' });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBe(1);
    expect((await slowed.json()).detail).toMatch(/try again in 1 s/);
    clock.at = clock.at.add({ seconds: 1 });
    expect((await signIn({ ...wrong, password: 'a long enough password' })).status).toBe(200);
  });

  it("30 parallel bookings with invented credential numbers are all the account's: its quota binds", async () => {
    // Another endpoint on a fresh store, with a write limit that does not get in the way.
    const open = await startServer(await freshDatabase(backend), new ServerClock(), {
      auth: { writesPerMinute: 1000 },
    });
    try {
      const now = open.service.ctx.now().toInstant();
      const account = await ensureAccount(open.store.accounts, '123456789012', now);
      const { token } = await startSession(open.store.accounts, account, 'bearer', now);
      const times = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30'];
      const replies = await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const invented = String(900000000000 + i);
          const day = ['2026-11-26', '2026-11-27', '2026-11-30'][i % 3]!;
          const r = await fetch(`${open.url}/api/reservations`, {
            method: 'POST',
            headers: { ...json, Authorization: `Bearer ${token}`, 'Idempotency-Key': `inv-${i}` },
            body: JSON.stringify(book(day, times[i % 8]!, 1, invented)),
          });
          return { status: r.status, body: (await r.json()) as { reason?: string } };
        }),
      );
      // Tokyo: at most 3 slots per booker, whatever names the bodies carry (a second booking
      // into a slot already held takes no new slot).
      const mine = await open.store.list('123456789012');
      const slots = new Set(mine.map((r) => `${r.date} ${r.time}`));
      expect(slots.size).toBe(3);
      expect(replies.filter((r) => r.status === 201)).toHaveLength(mine.length);
      expect(replies.filter((r) => r.status !== 201).every((r) => r.body.reason === 'quota')).toBe(
        true,
      );
      expect(replies.filter((r) => r.status !== 201).length).toBeGreaterThanOrEqual(24);
      for (let i = 0; i < 30; i++) {
        expect(await open.store.list(String(900000000000 + i))).toEqual([]);
      }
    } finally {
      await open.close();
    }
  });

  it('limits writes per account and minute, with Retry-After', async () => {
    const { token } = await (
      await signIn({ login: 'kato', password: 'a long enough password', mode: 'bearer' })
    ).json();
    clock.at = clock.at.add({ minutes: 1 });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const r = await fetch(`${api.url}/api/reservations`, {
        method: 'POST',
        headers: { ...json, Authorization: `Bearer ${token}`, 'Idempotency-Key': `w${i}` },
        body: JSON.stringify(book('2026-11-27', '11:00')),
      });
      statuses.push(r.status);
      if (r.status === 429) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(5)).toEqual([429]);
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
  });
});

describe('operator account commands', () => {
  it('adds, lists, disables, resets and attaches earlier reservations', async () => {
    const where = tempDatabase();
    const out: string[] = [];
    const run = (...args: string[]) =>
      runAccountCommand([...args, '--data', where], (l) => out.push(l));
    expect(await run('add', 'tanaka', '--category', 'applicant')).toBe(0);
    expect(out.at(-1)).toMatch(
      /account tanaka added \(filer key account:tanaka\); password: \S{16}/,
    );
    await expect(run('add', 'tanaka', '--category', 'applicant')).rejects.toThrow(
      /already has an account/,
    );
    const store = await openStore(where, () => undefined);
    await store.write(null, async (tx) =>
      tx.insert({
        id: 'r-old',
        system: 'tokyo_application',
        filerKey: 'filer:tanaka-before',
        date: '2026-11-26',
        time: '10:00',
        cases: [{ procedure: 'extension' }],
        state: 'confirmed',
        createdAt: 'x',
        updatedAt: 'x',
      }),
    );
    await store.close();
    expect(await run('attach', 'tanaka', '--from', 'filer:tanaka-before')).toBe(0);
    expect(out.at(-1)).toMatch(/1 reservations made under "filer:tanaka-before" now belong to it/);
    expect(await run('disable', 'tanaka')).toBe(0);
    expect(await run('list')).toBe(0);
    expect(out.at(-1)).toMatch(/^tanaka\tdisabled\tapplicant\taccount:tanaka/);
    expect(await run('reset-password', 'tanaka')).toBe(0);
    expect(out.at(-1)).toMatch(/password reset, signed out everywhere; password: /);
    await expect(run('approve', 'nobody')).rejects.toThrow(/no account "nobody"/);
    const again = await openStore(where, () => undefined);
    expect((await again.get('r-old'))!.filerKey).toBe('account:tanaka');
    await again.close();
  });
});
