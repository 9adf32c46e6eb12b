import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/server/create-api';
import { agent, ServerClock, startServer } from '../sync/helpers';
import { freshDatabase, storeBackends } from '../support/store-backends';
import { newAccount, startSession } from '../../src/server/auth/identity';
import { hashPassword } from '../../src/server/auth/password';
import { signedInFetch, TEST_PASSWORD } from '../support/test-accounts';

// Request validation and the HTTP surface of the reference endpoint, over real HTTP, signed in
// as the agent 123456789012 (bearer session) unless a test says otherwise.
let api: RunningApi;
let authed: typeof fetch;

let n = 0;
async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  via: { base?: string; fetch?: typeof fetch } = {},
) {
  const res = await (via.fetch ?? authed)((via.base ?? api.url) + path, {
    method,
    headers: {
      ...(body !== undefined
        ? { 'Content-Type': 'application/json', 'Idempotency-Key': `t-${++n}` }
        : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    res,
    json: text ? JSON.parse(text) : null,
  };
}

const booking = { date: '2026-11-26', time: '10:00', cases: [{ procedure: 'extension' }] };
const valid = { system: 'tokyo_application', filer: agent(), booking };

describe.each(storeBackends())('reference endpoint on %s: validation', (backend) => {
  beforeAll(async () => {
    const database = await freshDatabase(backend);
    const clock = new ServerClock();
    api = await startServer(database, clock, { cors: ['https://app.example'] });
    const now = () => clock.now().toInstant();
    authed = signedInFetch(api.store.accounts, now, '123456789012', false);
  });
  afterAll(() => api.close());

  it('requires an Idempotency-Key and a JSON content type on writes', async () => {
    const noKey = await call('POST', '/api/reservations', valid, { 'Idempotency-Key': '' });
    expect(noKey.status).toBe(400);
    expect(noKey.type).toBe('application/problem+json');
    expect(noKey.json.detail).toMatch(/Idempotency-Key/);
    const text = await call('POST', '/api/reservations', valid, { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    const broken = await call('POST', '/api/reservations', '{"system":');
    expect(broken).toMatchObject({ status: 400, json: { reason: 'invalid' } });
    expect(broken.json.detail).toMatch(/not JSON/);
  });

  it('names every bad field by JSON pointer and refuses client-supplied state', async () => {
    const bad = {
      ...valid,
      existing: [],
      availability: [{ date: '2026-11-26', time: '10:00', remaining: 999 }],
      booking: { date: '2026-02-30', time: '25:00', cases: [{ procedure: 'visa' }] },
    };
    const r = await call('POST', '/api/reservations', bad);
    expect(r.status).toBe(422);
    const pointers = r.json.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/existing',
        '/availability',
        '/booking/time',
        '/booking/cases/0/procedure',
      ]),
    );
    const date = await call('POST', '/api/reservations', {
      ...valid,
      booking: { ...booking, date: '2026-02-30' },
    });
    expect(date.json.errors).toEqual([expect.objectContaining({ pointer: '/booking/date' })]);
  });

  it('refuses a day beyond the holiday calendar as invalid, not as a server error', async () => {
    const far = { ...valid, booking: { ...booking, date: '2099-01-05' } };
    const r = await call('POST', '/api/reservations', far);
    expect(r).toMatchObject({ status: 422, json: { reason: 'invalid' } });
    expect(r.json.errors[0].pointer).toBe('/booking/date');
  });

  it('an account without a credential number books under its own key, whatever filerKey says', async () => {
    const now = () => api.service.ctx.now().toInstant();
    const filer = { category: 'applicant' };
    const account = newAccount(
      'self-filer',
      filer,
      await hashPassword(TEST_PASSWORD),
      'active',
      now(),
    );
    await api.store.accounts.createAccount(account);
    const { token } = await startSession(api.store.accounts, account, 'bearer', now());
    const via = { fetch: globalThis.fetch };
    const bearer = { Authorization: `Bearer ${token}` };
    const body = { ...valid, filer: agent('999999999999'), filerKey: 'someone-else' };
    const r = await call('POST', '/api/reservations', body, bearer, via);
    expect(r.status).toBe(201);
    expect(r.json.reservation.filerKey).toBe('account:self-filer');
    const mine = await call('GET', '/api/reservations?filer=someone-else', undefined, bearer, via);
    expect(mine.json.reservations.map((x: { id: string }) => x.id)).toEqual([
      r.json.reservation.id,
    ]);
  });

  it('binds reads and writes to the signed-in account, whatever filer the request names', async () => {
    const other = signedInFetch(
      api.store.accounts,
      () => api.service.ctx.now().toInstant(),
      '222222222222',
      false,
    );
    const theirs = await call(
      'POST',
      '/api/reservations',
      { ...valid, booking: { ...booking, time: '13:00' } },
      {},
      { fetch: other },
    );
    expect(theirs.json.reservation.filerKey).toBe('222222222222');
    // Signed in as 123456789012 with 222222222222 in the body: the booking is 123456789012's.
    const mine = await call('POST', '/api/reservations', {
      ...valid,
      filer: agent('222222222222'),
      filerKey: '222222222222',
      booking: { ...booking, time: '13:30' },
    });
    expect(mine).toMatchObject({
      status: 201,
      json: { reservation: { filerKey: '123456789012' } },
    });
    const list = await call('GET', '/api/reservations?filer=222222222222');
    expect(list.json.reservations.map((r: { filerKey: string }) => r.filerKey)).not.toContain(
      '222222222222',
    );
    const id = theirs.json.reservation.id;
    expect((await call('GET', `/api/reservations/${id}?filer=222222222222`)).status).toBe(404);
    const cancel = await call('POST', `/api/reservations/${id}/cancel`, {
      system: valid.system,
      filer: agent('222222222222'),
    });
    expect(cancel).toMatchObject({ status: 404, json: { reason: 'not_found' } });
    const anonymous = { fetch: globalThis.fetch };
    const list401 = await call(
      'GET',
      '/api/reservations?filer=222222222222',
      undefined,
      {},
      anonymous,
    );
    expect(list401).toMatchObject({ status: 401, json: { reason: 'unauthorized' } });
    expect(list401.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const cancel401 = await call(
      'POST',
      `/api/reservations/${id}/cancel`,
      { system: valid.system, filer: agent('222222222222') },
      {},
      anonymous,
    );
    expect(cancel401.status).toBe(401);
    const avail = await call(
      'GET',
      '/api/reservations/availability?system=tokyo_application',
      undefined,
      {},
      anonymous,
    );
    expect(avail.status).toBe(200);
    expect(
      (await call('GET', `/api/reservations/${id}`, undefined, {}, { fetch: other })).json
        .reservation.state,
    ).toBe('confirmed');
  });

  it('answers unknown routes, wrong methods and bad queries with problems', async () => {
    expect((await call('GET', '/api/nothing')).status).toBe(404);
    const put = await call('PUT', '/api/reservations/r-1');
    expect(put.status).toBe(405);
    expect(put.res.headers.get('allow')).toBe('GET, PATCH, DELETE');
    const noSystem = await call('GET', '/api/reservations/availability?system=nagoya');
    expect(noSystem).toMatchObject({
      status: 400,
      json: { reason: 'invalid', errors: [{ pointer: '?system' }] },
    });
    // Signed in, the account names the filer: no ?filer needed (and none would be heeded).
    expect((await call('GET', '/api/reservations')).status).toBe(200);
    expect((await call('GET', '/api/reservations/r-x?filer=1')).status).toBe(404);
  });

  it('supports PATCH / DELETE as change / cancel, GET by id, and CORS for another origin', async () => {
    const created = await call('POST', '/api/reservations', valid);
    expect(created.status).toBe(201);
    const id = created.json.reservation.id;
    expect(created.json.reply.slots.every((s: { date: string }) => s.date === '2026-11-26')).toBe(
      true,
    );
    const moved = await call('PATCH', `/api/reservations/${id}`, {
      ...valid,
      booking: { ...booking, time: '11:00' },
    });
    expect(moved).toMatchObject({ status: 200, json: { reservation: { id, time: '11:00' } } });
    const gone = await call('DELETE', `/api/reservations/${id}`, {
      system: valid.system,
      filer: valid.filer,
    });
    expect(gone.json.reservation.state).toBe('cancelled');
    const again = await call('DELETE', `/api/reservations/${id}`, {
      system: valid.system,
      filer: valid.filer,
    });
    expect(again).toMatchObject({ status: 409, json: { reason: 'conflict' } });
    const fromApp = { Origin: 'https://app.example' };
    const got = await call('GET', `/api/reservations/${id}?filer=123456789012`, undefined, fromApp);
    expect(got.json.reservation).toMatchObject({ id, state: 'cancelled' });
    const pre = await call('OPTIONS', '/api/reservations', undefined, fromApp);
    expect(pre.status).toBe(204);
    expect(pre.res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    expect(got.res.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await call('GET', `/api/reservations/${id}?filer=123456789012`, undefined, {
      Origin: 'https://evil.example',
    });
    expect(other.res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives English messages on request', async () => {
    const late = { ...valid, booking: { ...booking, date: '2026-11-24' } };
    const r = await call('POST', '/api/reservations?lang=en', late);
    expect(r.json.reason).toBe('deadline');
    expect(r.json.detail).toMatch(/[a-z]/);
    expect(
      r.json.findings.some(
        (f: { id: string }) => f.id === 'tokyo_reservation.book_deadline_passed',
      ),
    ).toBe(true);
  });
});
