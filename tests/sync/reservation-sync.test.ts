import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { ReservationSync } from '../../src/sync/reservation-sync';
import { SyncOfflineError, type OutboxItem, type SyncClock } from '../../src/sync/types';
import { book } from './helpers';

/** Timers that fire only when the test advances the clock. */
class ManualClock implements SyncClock {
  t = 1_800_000_000_000;
  timers = new Map<number, { at: number; fn: () => void }>();
  private id = 0;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    this.timers.set(++this.id, { at: this.t + ms, fn });
    return this.id;
  };
  clearTimeout = (h: unknown) => void this.timers.delete(h as number);
  async advance(ms: number): Promise<void> {
    this.t += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.t) {
        this.timers.delete(id);
        timer.fn();
      }
    }
    await settle();
  }
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const reservation = {
  id: 'r-1',
  system: 'tokyo_application',
  filerKey: '123456789012',
  date: '2026-11-26',
  time: '10:00',
  cases: [{}],
  state: 'confirmed',
  createdAt: '',
  updatedAt: '',
};
type Answer = number | 'network' | { status: number; body: unknown };

/** A fetch that answers from a script and records what it was sent. */
function scriptedFetch(answers: Answer[]) {
  const calls: { url: string; method: string; key: string | null; body: string }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    calls.push({
      url,
      method: init.method ?? 'GET',
      key: headers.get('idempotency-key'),
      body: String(init.body),
    });
    const a = answers.shift() ?? 201;
    if (a === 'network') throw new TypeError('fetch failed');
    const { status, body } =
      typeof a === 'number' ? { status: a, body: a < 300 ? { reservation, reply: {} } : {} } : a;
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return { fn, calls };
}

function make(answers: Answer[], baseUrl: string | null = 'http://api.test') {
  const clock = new ManualClock();
  const store = new MemorySyncStore();
  const f = scriptedFetch(answers);
  const sync = new ReservationSync({
    baseUrl,
    store,
    clock,
    fetch: f.fn,
    random: () => 0,
    backoff: { baseMs: 1000, capMs: 4000 },
  });
  return { sync, clock, store, calls: f.calls };
}

afterEach(() => vi.unstubAllGlobals());

describe('ReservationSync', () => {
  it('offline only: writes wait in the outbox, reads say they are offline', async () => {
    const { sync, calls } = make([], null);
    const seen: OutboxItem[][] = [];
    sync.subscribe((items) => seen.push(items));
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await sync.flush();
    expect(calls).toHaveLength(0);
    expect((await sync.items())[0]).toMatchObject({ state: 'queued', attempts: 0 });
    expect(seen.at(-1)).toHaveLength(1);
    expect(await sync.availability('tokyo_application')).toEqual({
      slots: [],
      stale: true,
      fetchedAt: null,
    });
    await expect(sync.reservations('123456789012')).rejects.toBeInstanceOf(SyncOfflineError);
  });

  it('retries on its own timers with capped backoff, same key and body each time', async () => {
    const { sync, clock, calls } = make(['network', 503, 429, 201]);
    await sync.start();
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await settle();
    expect((await sync.items())[0]).toMatchObject({ state: 'sent', attempts: 1 });
    await clock.advance(999);
    expect(calls).toHaveLength(1);
    await clock.advance(1); // 1 s
    await clock.advance(2000); // 2 s
    await clock.advance(4000); // 4 s = cap
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((c) => c.key)).size).toBe(1);
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    expect((await sync.items())[0]).toMatchObject({
      state: 'confirmed',
      reservationId: 'r-1',
      nextAttemptAt: null,
    });
    expect(clock.timers.size).toBe(0);
    sync.stop();
  });

  it('a 4xx problem settles the item as rejected with the server reason', async () => {
    const problem = {
      type: '/api/problems/quota',
      title: 'q',
      status: 422,
      detail: 'full',
      reason: 'quota',
    };
    const { sync } = make([{ status: 422, body: problem }, 404]);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await sync.enqueue('cancel', { ...book('2026-11-26', '10:00'), reservationId: 'r-9' });
    await sync.flush();
    const [a, b] = await sync.items();
    expect(a).toMatchObject({ state: 'rejected', problem: { reason: 'quota', detail: 'full' } });
    expect(b).toMatchObject({ state: 'rejected', problem: { status: 404, reason: 'not_found' } });
  });

  it('signed out (401): the item waits, however long, and goes once signed in again', async () => {
    const signedOut = { status: 401, body: { reason: 'unauthorized', detail: 'Sign in first' } };
    const { sync, clock, calls } = make([...Array(8).fill(signedOut), 201]);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    for (let i = 0; i < 8; i++) {
      await sync.flush();
      await clock.advance(4000);
    }
    const waiting = (await sync.items())[0]!;
    expect(waiting).toMatchObject({ state: 'sent', failures: 0 });
    expect(waiting.lastError).toBe('HTTP 401: Sign in first');
    await sync.flush(); // signed in now: the script answers 201
    expect((await sync.items())[0]).toMatchObject({ state: 'confirmed', attempts: 9 });
    expect(new Set(calls.map((c) => c.key)).size).toBe(1);
  });

  it('the same failure 6 times in a row needs attention; retry resumes it, discard removes it', async () => {
    const failing = { status: 500, body: { detail: 'internal error, reference 42' } };
    const { sync, clock, calls } = make([
      503,
      ...Array(6).fill(failing),
      ...Array(6).fill('network'),
      201,
    ]);
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await sync.enqueue('book', book('2026-11-27', '10:00'));
    const pass = async () => {
      await sync.flush();
      await clock.advance(4000);
    };
    for (let i = 0; i < 7; i++) await pass();
    // One 503, then six identical 500s: automatic retries stop, with the server's words.
    let [first] = await sync.items();
    expect(first).toMatchObject({ state: 'attention', nextAttemptAt: null, failures: 6 });
    expect(first!.lastError).toBe('HTTP 500: internal error, reference 42');
    const sent = calls.length;
    await pass();
    // The later booking is not held back by the one that needs attention.
    expect(calls.length).toBe(sent + 1);
    expect(calls.at(-1)!.body).toMatch(/2026-11-27/);
    for (let i = 0; i < 5; i++) await pass();
    const [, second] = await sync.items();
    expect(second).toMatchObject({ state: 'attention', lastError: 'network: fetch failed' });
    await sync.retry(first!.key);
    [first] = await sync.items();
    expect(first).toMatchObject({ state: 'confirmed' });
    await sync.dismiss(second!.key);
    expect((await sync.items()).map((i) => i.key)).toEqual([first!.key]);
  });

  it('an item left in "sending" by a reload is sent again under its key', async () => {
    const { sync, store, calls } = make([201]);
    await store.put({
      key: 'k-1',
      kind: 'book',
      system: 'tokyo_application',
      request: book('2026-11-26', '10:00'),
      state: 'sending',
      attempts: 1,
      nextAttemptAt: null,
      createdAt: '2026-11-24T01:00:00.000Z',
      updatedAt: '2026-11-24T01:00:00.000Z',
    });
    await sync.flush();
    expect(calls.map((c) => c.key)).toEqual(['k-1']);
    expect((await sync.items())[0]).toMatchObject({ state: 'confirmed', attempts: 2 });
  });

  it('withdraws a never-sent booking, voids what depends on it, dismisses answered items', async () => {
    const { sync, calls } = make([], null);
    const b = await sync.enqueue('book', book('2026-11-26', '10:00'));
    const c = await sync.enqueue('cancel', { ...book('2026-11-26', '10:00'), afterKey: b.key });
    expect(await sync.cancelQueued(b.key)).toBe(true);
    expect(await sync.cancelQueued(b.key)).toBe(false);
    sync.setEndpoint('http://api.test/');
    await sync.flush();
    expect(calls).toHaveLength(0);
    const after = await sync.items();
    expect(after[1]).toMatchObject({ key: c.key, state: 'cancelled' });
    expect(after[1]!.lastError).toMatch(/cancelled/);
    await sync.dismiss(b.key);
    expect((await sync.items()).map((i) => i.key)).toEqual([c.key]);
  });

  it('sends nothing while the browser says it is offline, and flushes on "online"', async () => {
    const listeners: Record<string, () => void> = {};
    vi.stubGlobal('navigator', { onLine: false });
    vi.stubGlobal('addEventListener', (type: string, fn: () => void) => (listeners[type] = fn));
    vi.stubGlobal('removeEventListener', () => undefined);
    const { sync, calls } = make([201]);
    await sync.start();
    await sync.enqueue('book', book('2026-11-26', '10:00'));
    await settle();
    expect(calls).toHaveLength(0);
    expect((await sync.items())[0]!.state).toBe('queued');
    vi.stubGlobal('navigator', { onLine: true });
    listeners.online!();
    await settle();
    expect((await sync.items())[0]!.state).toBe('confirmed');
    sync.stop();
  });

  it('availability falls back to the last copy, marked stale', async () => {
    const slots = [
      {
        system: 'osaka_issuance',
        date: '2026-11-26',
        time: '09:00',
        capacity: 45,
        remaining: 40,
        fetchedAt: '2026-11-24T01:00:00Z',
      },
    ];
    const { sync } = make([{ status: 200, body: { slots } }, 'network']);
    expect(await sync.availability('osaka_issuance')).toEqual({
      slots,
      stale: false,
      fetchedAt: slots[0]!.fetchedAt,
    });
    expect(await sync.availability('osaka_issuance', '2026-11-26')).toEqual({
      slots,
      stale: true,
      fetchedAt: slots[0]!.fetchedAt,
    });
    await expect(sync.enqueue('change', book('2026-11-26', '10:00'))).rejects.toThrow(
      /reservationId or afterKey/,
    );
  });
});
