import 'fake-indexeddb/auto';
import { createServer } from 'node:net';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/server/create-api';
import { DexieSyncStore } from '../../src/sync/dexie-store';
import { ReservationSync } from '../../src/sync/reservation-sync';
import { freshDatabase, storeBackends } from '../support/store-backends';
import { signedInFetch } from '../support/test-accounts';
import { book, dbName, ServerClock, startServer, TestClock } from './helpers';

type Fault = 'ok' | 'error500' | 'dropBefore' | 'dropAfterCommit' | 'slow';

/** Faults applied to successive write requests, in order; 'ok' once the list is used up. */
class FaultPlan {
  queue: Fault[] = [];
  seen: Fault[] = [];
  next(): Fault {
    const f = this.queue.shift() ?? 'ok';
    this.seen.push(f);
    return f;
  }
}

let servers: RunningApi[] = [];
/** Signs requests in on the latest server's store (a client may exist before its server). */
let authed: typeof fetch | undefined;
const signedIn: typeof fetch = (input, init) => authed!(input, init);
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const SLOW_MS = 1000;
const drop = (res: ServerResponse) => res.socket?.destroy();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(storeBackends())('outbox under faults (%s store)', (backend) => {
  /** The real endpoint, with faults injected before the handler or after the commit. */
  async function faultyServer(plan: FaultPlan, port = 0) {
    const server = await startServer(await freshDatabase(backend), new ServerClock(), {
      port,
      hooks: {
        beforeRespond: async ({ key }, res) => {
          if (!key) return;
          const fault = plan.seen.at(-1);
          if (fault === 'dropAfterCommit') drop(res);
          if (fault === 'slow') await sleep(SLOW_MS);
        },
      },
    });
    const inner = server.server.listeners('request')[0] as (...a: unknown[]) => void;
    server.server.removeAllListeners('request');
    server.server.on('request', (req, res: ServerResponse) => {
      if (req.method === 'POST') {
        const fault = plan.next();
        if (fault === 'error500') return void res.writeHead(500).end('{"status":500}');
        if (fault === 'dropBefore') return void drop(res);
      }
      inner(req, res);
    });
    servers.push(server);
    authed = signedInFetch(server.store.accounts, () => server.service.ctx.now().toInstant());
    // Warm the rule engines so that the first real request is not slowed by compiling them.
    const warm = { ...book('2026-11-26', '10:00'), action: 'book' as const };
    await server.service.ctx.planner.plan(warm, server.service.ctx.now());
    return server;
  }

  function client(
    baseUrl: string | null,
    clock = new TestClock(),
    store = new DexieSyncStore(dbName()),
    timeoutMs = 3000,
  ) {
    const backoff = { baseMs: 1000, capMs: 8000, jitter: 0.5 };
    return {
      sync: new ReservationSync({ baseUrl, store, clock, backoff, timeoutMs, fetch: signedIn }),
      clock,
      store,
    };
  }

  async function freePort(): Promise<number> {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address() as { port: number };
    await new Promise((r) => s.close(r));
    return port;
  }

  async function serverCount(server: RunningApi) {
    return (await server.store.counts()).reservations;
  }

  it('server down: the item waits, then is confirmed once when the server is back', async () => {
    const port = await freePort();
    const { sync, clock } = client(`http://127.0.0.1:${port}`);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await sync.flush();
    let [item] = await sync.items();
    expect(item).toMatchObject({ state: 'sent', attempts: 1 });
    expect(item!.lastError).toMatch(/^network/);
    await sync.flush(); // not due yet: no second attempt
    expect((await sync.items())[0]!.attempts).toBe(1);
    const server = await faultyServer(new FaultPlan(), port);
    clock.advance(1000);
    await sync.flush();
    [item] = await sync.items();
    expect(item!.lastError).toBe(undefined);
    expect(item).toMatchObject({ state: 'confirmed', attempts: 2 });
    expect(await serverCount(server)).toBe(1);
  });

  it('500s then success: retried with backoff under the same key, one reservation', async () => {
    const plan = new FaultPlan();
    plan.queue = ['error500', 'error500'];
    const server = await faultyServer(plan);
    const { sync, clock } = client(server.url);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    const waits: number[] = [];
    for (let i = 0; i < 5 && (await sync.items())[0]!.state !== 'confirmed'; i++) {
      await sync.flush();
      const item = (await sync.items())[0]!;
      if (item.nextAttemptAt) waits.push(Date.parse(item.nextAttemptAt) - clock.now());
      clock.advance(8000);
    }
    const [item] = await sync.items();
    expect(item).toMatchObject({ state: 'confirmed', attempts: 3 });
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(waits[0]).toBeLessThanOrEqual(1000);
    expect(waits[1]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeLessThanOrEqual(2000);
    expect(await serverCount(server)).toBe(1);
  });

  it('slow reply: abandoned after the time limit, the retry gets the committed answer', async () => {
    const plan = new FaultPlan();
    plan.queue = ['slow'];
    const server = await faultyServer(plan);
    const { sync, clock } = client(server.url, new TestClock(), new DexieSyncStore(dbName()), 400);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await sync.flush();
    expect((await sync.items())[0]!.lastError).toBe('no reply within 400 ms');
    await sleep(SLOW_MS + 100); // the slow reply finishes on the server
    for (let i = 0; i < 5 && (await sync.items())[0]!.state !== 'confirmed'; i++) {
      clock.advance(8000);
      await sync.flush();
    }
    const [item] = await sync.items();
    expect(item!.state).toBe('confirmed');
    expect(item!.attempts).toBeGreaterThanOrEqual(2);
    expect(await serverCount(server)).toBe(1);
    expect(await server.store.get(item!.reservationId!)).toBeDefined();
  });

  it('connection dropped after the server committed: exactly one reservation', async () => {
    const plan = new FaultPlan();
    plan.queue = ['dropAfterCommit', 'dropBefore', 'dropAfterCommit'];
    const server = await faultyServer(plan);
    const { sync, clock } = client(server.url);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    for (let i = 0; i < 4; i++) {
      await sync.flush();
      clock.advance(8000);
    }
    const [item] = await sync.items();
    expect(item).toMatchObject({ state: 'confirmed', attempts: 4 });
    expect(await serverCount(server)).toBe(1);
  });

  it('offline writes survive a reload and are each confirmed once', async () => {
    const name = dbName();
    const first = client(null, new TestClock(), new DexieSyncStore(name));
    const keys = [];
    for (const time of ['09:00', '09:30', '10:00']) {
      keys.push((await first.sync.enqueue('book', book('2026-11-26', time))).key);
    }
    first.store.close();
    const server = await faultyServer(new FaultPlan());
    const reloaded = client(server.url, new TestClock(), new DexieSyncStore(name));
    await reloaded.sync.start();
    await reloaded.sync.flush();
    reloaded.sync.stop();
    const items = await reloaded.sync.items();
    expect(items.map((i) => i.key)).toEqual(keys);
    expect(items.every((i) => i.state === 'confirmed')).toBe(true);
    expect(await serverCount(server)).toBe(3);
  });

  it('soak: 30 writes under random faults end with 30 reservations, none lost or doubled', async () => {
    const plan = new FaultPlan();
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const faults: Fault[] = ['ok', 'error500', 'dropBefore', 'dropAfterCommit', 'slow'];
    plan.queue = Array.from({ length: 80 }, () => faults[Math.floor(rand() * faults.length)]!);
    const server = await faultyServer(plan);
    const { sync, clock } = client(server.url, new TestClock(), new DexieSyncStore(dbName()), 300);
    const times = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'];
    for (let i = 0; i < 30; i++) {
      const number = String(100000000000 + i);
      await sync.enqueue(
        'book',
        book(i % 2 ? '2026-11-26' : '2026-11-27', times[i % 6]!, 1, number),
      );
    }
    let rounds = 0;
    while ((await sync.items()).some((i) => i.state !== 'confirmed') && rounds++ < 200) {
      await sync.flush();
      clock.advance(8000);
    }
    const items = await sync.items();
    expect(items.filter((i) => i.state === 'confirmed')).toHaveLength(30);
    const ids = new Set(items.map((i) => i.reservationId));
    expect(ids.size).toBe(30);
    expect(await serverCount(server)).toBe(30);
    const attempts = items.reduce((n, i) => n + i.attempts, 0);
    console.info(
      `soak: 30 writes, ${attempts} attempts, faults ${JSON.stringify(count(plan.seen))}`,
    );
  });
});

function count(xs: string[]): Record<string, number> {
  return xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {});
}
