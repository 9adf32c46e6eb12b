import { afterEach, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/server/create-api';
import { hashToken, startSession } from '../../src/server/auth/identity';
import { openStore } from '../../src/server/store/open-store';
import { book, ServerClock, startServer } from '../sync/helpers';
import { ensureAccount } from '../support/test-accounts';
import { freshDatabase, storeBackends } from '../support/store-backends';

// Sign-ups (the local rule of the embedded endpoint, the limit per address) and the sweep of
// sessions that ended without being presented again, over real HTTP.
const json = { 'Content-Type': 'application/json' };
const password = 'a long enough password';
const filer = book('x', 'y').filer;

let api: RunningApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const signUp = (login: string, headers: Record<string, string> = {}, body: object = {}) =>
  fetch(`${api!.url}/api/accounts?lang=en`, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify({ login, password, filer: { ...filer }, ...body }),
  });

const signIn = (login: string) =>
  fetch(`${api!.url}/api/session`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ login, password, mode: 'bearer' }),
  });

describe('sign-ups', () => {
  it('on the embedded endpoint, a sign-up by the app on this machine is active at once; others wait', async () => {
    api = await startServer(await freshDatabase('sqlite'), new ServerClock(), {
      auth: { approveLocalSignUps: true },
    });
    const local = await signUp('local-agent', { Origin: api.url });
    expect(local.status).toBe(201);
    expect(await local.json()).toMatchObject({ state: 'active', detail: /sign in at once/ });
    expect((await signIn('local-agent')).status).toBe(200);
    // Another localhost port is the same site but not this app: the operator approves.
    const number = (n: number) => ({
      filer: { ...filer, credential: { ...filer.credential, number: String(n) } },
    });
    const port = await signUp('other-port', { Origin: 'http://127.0.0.1:1' }, number(111));
    expect(port.status).toBe(202);
    expect((await port.json()).state).toBe('pending');
    // No Origin at all (a script, not the app in a browser): pending too.
    expect((await (await signUp('script', {}, number(112))).json()).state).toBe('pending');
    expect((await signIn('script')).status).toBe(401);
  });

  it('on the standalone endpoint every sign-up waits for the operator, even from this machine', async () => {
    api = await startServer(await freshDatabase('sqlite'), new ServerClock());
    const r = await signUp('standalone', { Origin: api.url });
    expect(r.status).toBe(202);
    expect((await r.json()).state).toBe('pending');
  });

  it('allows 10 sign-ups per address and hour, then 429 with Retry-After; malformed ones do not count', async () => {
    const clock = new ServerClock();
    api = await startServer(await freshDatabase('sqlite'), clock);
    const numbered = (i: number) => ({
      filer: { ...filer, credential: { ...filer.credential, number: String(700000000000 + i) } },
    });
    const weak = await signUp('weak-one', {}, { password: 'short' });
    expect(weak.status).toBe(422);
    for (let i = 0; i < 10; i++) {
      expect((await signUp(`office-${i}`, {}, numbered(i))).status).toBe(202);
    }
    clock.at = clock.at.add({ minutes: 20 });
    const refused = await signUp('office-10', {}, numbered(10));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(40 * 60);
    const problem = await refused.json();
    expect(problem).toMatchObject({ reason: 'rate_limited' });
    expect(problem.detail).toMatch(/at most 10 an hour/);
    expect(await api.store.accounts.account({ login: 'office-10' })).toBeUndefined();
    clock.at = clock.at.add({ minutes: 40 });
    expect((await signUp('office-10', {}, numbered(10))).status).toBe(202);
  });
});

describe.each(storeBackends())('sessions that ended are swept (%s)', (backend) => {
  it('at start-up and on each upkeep round, keeping the live ones', async () => {
    const database = await freshDatabase(backend);
    const clock = new ServerClock();
    const at = clock.now().toInstant();
    const store = await openStore(database, () => undefined);
    const hashes: Record<string, string> = {};
    try {
      const a = await ensureAccount(store.accounts, '123456789012', at);
      // Signed in 13 h before start (past the lifetime), 40 min before (idle), 5 min before.
      for (const [name, minutes] of [
        ['expired', 13 * 60],
        ['idle', 40],
        ['live', 5],
      ] as const) {
        const { token } = await startSession(store.accounts, a, 'bearer', at.subtract({ minutes }));
        hashes[name] = hashToken(token);
      }
    } finally {
      await store.close();
    }
    api = await startServer(database, clock);
    const present = async (name: string) =>
      (await api!.store.accounts.session(hashes[name]!)) !== undefined;
    await expect.poll(() => present('expired')).toBe(false);
    await expect.poll(() => present('idle')).toBe(false);
    expect(await present('live')).toBe(true);
    clock.at = clock.at.add({ minutes: 30 });
    expect(await api.gate.sweepSessions()).toBe(1);
    expect(await present('live')).toBe(false);
  });
});
