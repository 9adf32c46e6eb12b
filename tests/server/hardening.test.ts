import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/server/create-api';
import { openStore } from '../../src/server/store/open-store';
import type { ReservationRepository } from '../../src/server/store/store-port';
import { book, ServerClock, startServer } from '../sync/helpers';
import { startSession } from '../../src/server/auth/identity';
import { freshDatabase, storeBackends } from '../support/store-backends';
import { ensureAccount } from '../support/test-accounts';
import { rawExchange, seeded, statusOf } from './raw-http';

// Probes that once took the endpoint down or answered 500, each over real HTTP.
const body = JSON.stringify(book('2026-11-26', '10:00'));
/** The bearer token of the agent the writes are made as. */
let token = '';
const post = (url: string, key: string, text = body, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/reservations`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': key,
      Authorization: `Bearer ${token}`,
      ...headers,
    },
    body: text,
  });

async function signIn(api: RunningApi) {
  const now = api.service.ctx.now().toInstant();
  const account = await ensureAccount(api.store.accounts, '123456789012', now);
  token = (await startSession(api.store.accounts, account, 'bearer', now)).token;
}

describe.each(storeBackends())('endpoint hardening (%s)', (backend) => {
  let api: RunningApi;
  const errors: string[] = [];
  beforeAll(async () => {
    api = await startServer(await freshDatabase(backend), new ServerClock(), {
      logError: (l) => errors.push(l),
    });
    await signIn(api);
  });
  afterAll(() => api.close());
  const alive = async () =>
    (await fetch(`${api.url}/api/reservations/availability?system=tokyo_application`)).status;

  it('answers a malformed request target with 400 and keeps serving', async () => {
    const reply = await rawExchange(
      api.url,
      'GET http://[bad/api/reservations HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    );
    expect(statusOf(reply)).toBe(400);
    expect(await alive()).toBe(200);
  });

  it('answers bad percent-encoding and malformed ids with 400, not 500', async () => {
    for (const path of ['/api/reservations/%E0%A4%A', '/api/reservations/%2e%2e%2f%2e%2e']) {
      const r = await fetch(`${api.url}${path}?filer=1`);
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ reason: 'invalid', errors: [{ pointer: 'path' }] });
    }
  });

  it('answers an oversize body with 413 before closing, declared or streamed', async () => {
    const big = JSON.stringify({ pad: 'a'.repeat(70 * 1024) });
    const declared = await post(api.url, 'big-1', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ reason: 'too_large' });
    const chunked = await rawExchange(
      api.url,
      `POST /api/reservations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: big-2\r\nAuthorization: Bearer ${token}\r\nTransfer-Encoding: chunked\r\n\r\n${(70 * 1024).toString(16)}\r\n${'a'.repeat(70 * 1024)}\r\n0\r\n\r\n`,
    );
    expect(statusOf(chunked)).toBe(413);
    expect(await alive()).toBe(200);
  });

  it('takes prototype names as plain data: keys, body fields and queries', async () => {
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const first = await post(
        api.url,
        key,
        JSON.stringify(book('2026-11-27', '09:00', 1, key.length.toString().padStart(12, '5'))),
      );
      expect(first.status).toBeLessThan(500);
      const again = await post(
        api.url,
        key,
        JSON.stringify(book('2026-11-27', '09:00', 1, key.length.toString().padStart(12, '5'))),
      );
      expect(again.status).toBe(first.status);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    }
    const proto = await post(
      api.url,
      'proto-body',
      '{"__proto__":{"x":1},"system":"tokyo_application"}',
    );
    expect(proto.status).toBe(422);
    expect((await proto.json()).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '/__proto__' })]),
    );
    const q = await fetch(`${api.url}/api/reservations/availability?system=__proto__`);
    expect(q.status).toBe(400);
    const nul = await post(api.url, 'nul-body', body.replace('123456789012', '1234\\u0000'));
    expect(nul.status).toBe(400);
    expect((await fetch(`${api.url}/api/reservations?filer=%00`)).status).toBe(400);
  });

  it('refuses a Host it does not answer to (DNS rebinding)', async () => {
    const reply = await rawExchange(
      api.url,
      'GET /api/reservations/availability?system=tokyo_application HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
      5000,
    );
    expect(statusOf(reply)).toBe(403);
    expect(reply).toMatch(/--allowed-hosts/);
    const local = await rawExchange(
      api.url,
      `GET /api/reservations/availability?system=tokyo_application HTTP/1.1\r\nHost: localhost:${new URL(api.url).port}\r\nConnection: close\r\n\r\n`,
      5000,
    );
    expect(statusOf(local)).toBe(200);
  });

  it('fuzz: 400 malformed requests (seed 20261201) never stop it answering', async () => {
    const rand = seeded(20261201);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const bytes = (n: number) =>
      Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
    const shapes: (() => Buffer | string)[] = [
      () => bytes(1 + Math.floor(rand() * 300)),
      () =>
        `${pick(['GET', 'POST', 'PATCH', 'BREW', ''])} ${pick(['/api/reservations/%', '/api/reservations/%ZZ', 'http://[::1', '*', '/api/\u0000', '/api/reservations/' + 'x'.repeat(5000)])} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      () =>
        `POST /api/reservations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: ${pick(['__proto__', 'k', ''])}\r\nContent-Length: ${pick(['5', '-1', 'abc', '99999999999'])}\r\n\r\n${pick(['{"a":', '\u00ff\u00fe', '[]', 'null'])}`,
      () =>
        `GET /api/reservations?filer=${pick(['%C0%AF', '%', '%00'])} HTTP/1.1\r\nHost: 127.0.0.1\r\n${pick(['Accept-Language: \u00ff\r\n', 'X: \r\n', ': bad\r\n', ''])}\r\n`,
    ];
    const statuses: Record<number, number> = {};
    for (let round = 0; round < 8; round++) {
      const replies = await Promise.all(
        Array.from({ length: 50 }, () => rawExchange(api.url, pick(shapes)(), 1000)),
      );
      for (const r of replies) statuses[statusOf(r)] = (statuses[statusOf(r)] ?? 0) + 1;
      expect(await alive()).toBe(200);
    }
    expect(Object.keys(statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    console.info(`fuzz: 400 requests, replies by status ${JSON.stringify(statuses)}`);
  }, 60_000);
});

describe('a write that fails', () => {
  it('answers 500 with a reference and no server path; nothing is kept; the retry books', async () => {
    const store = await openStore(await freshDatabase('sqlite'), () => undefined);
    let fail = true;
    const failing: ReservationRepository = Object.create(store, {
      write: {
        value: (scope: never, task: never) => {
          if (!fail) return store.write(scope, task);
          return store.write(scope, async (tx) => {
            await (task as (t: typeof tx) => Promise<unknown>)(tx);
            throw new Error(
              "EROFS: read-only file system, open '/srv/zairyu/data/reservations.sqlite'",
            );
          });
        },
      },
    });
    const errors: string[] = [];
    const api = await startServer(null, new ServerClock(), {
      store: failing,
      logError: (l) => errors.push(l),
    });
    await signIn(api);
    try {
      const r = await post(api.url, 'fails-once');
      expect(r.status).toBe(500);
      const text = await r.text();
      expect(text).not.toMatch(/srv|zairyu|sqlite|EROFS/);
      const ref = JSON.parse(text).detail.match(/reference ([0-9a-f-]+)/)[1];
      expect(errors.join('\n')).toMatch(new RegExp(`${ref}.*EROFS`));
      expect(await store.counts()).toMatchObject({ reservations: 0, idempotency: 0 });
      fail = false;
      expect((await post(api.url, 'fails-once')).status).toBe(201);
      expect((await store.counts()).reservations).toBe(1);
    } finally {
      await api.close();
    }
  });
});
