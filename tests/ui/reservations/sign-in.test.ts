// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SignInPanel from '../../../src/ui/reservations/SignInPanel.svelte';
import { FakeSync } from './fake-sync';

/** A sync stand-in that records sign-in effects: the bearer token and flushes. */
class SessionSync extends FakeSync {
  flushes = 0;
  expiresAt: string | undefined;
  constructor(
    readonly endpoint: string | null,
    public bearer: string | null | undefined = undefined,
  ) {
    super();
  }
  setBearer(token: string | null, expiresAt?: string) {
    this.bearer = token;
    this.expiresAt = expiresAt;
  }
  override async flush() {
    this.flushes++;
  }
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
function stubFetch(replies: Reply[]) {
  const calls: { url: string; method: string; body?: unknown; auth: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      auth: new Headers(init.headers).get('authorization'),
    });
    const r = replies.shift() ?? { status: 500 };
    return new Response(JSON.stringify(r.body ?? {}), { status: r.status, headers: r.headers });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

async function submit(login: string, password: string) {
  await fireEvent.input(screen.getByLabelText(/Login|ログイン名/), { target: { value: login } });
  await fireEvent.input(screen.getByLabelText(/Password|パスワード/), {
    target: { value: password },
  });
  await fireEvent.click(screen.getByRole('button', { name: /Sign in|サインイン/ }));
}

describe('sign-in on the reservations screen', () => {
  it('same origin: a cookie session; waiting writes go; sign-out ends it', async () => {
    const calls = stubFetch([
      { status: 401 },
      { status: 200, body: { login: 'kato', filerKey: '123456789012' } },
      { status: 200, body: { signedOut: true } },
    ]);
    const sync = new SessionSync('');
    render(SignInPanel, { sync });
    await submit(' kato ', 'correct horse battery staple');
    expect(await screen.findByTestId('signed-in-as')).toHaveProperty(
      'textContent',
      expect.stringMatching(/kato/),
    );
    expect(calls[1]).toMatchObject({
      url: '/api/session',
      method: 'POST',
      body: { login: 'kato', password: 'correct horse battery staple', mode: 'cookie' },
    });
    expect(sync.flushes).toBe(1);
    expect(sync.bearer).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /Sign out|サインアウト/ }));
    await waitFor(() => expect(calls[2]).toMatchObject({ method: 'DELETE' }));
    expect(await screen.findByRole('button', { name: /Sign in|サインイン/ })).toBeTruthy();
  });

  it('another origin: a bearer token handed to the outbox; wrong and slowed-down attempts say so', async () => {
    const calls = stubFetch([
      { status: 401 },
      { status: 401, body: { reason: 'unauthorized' } },
      { status: 429, headers: { 'Retry-After': '8' } },
      {
        status: 200,
        body: {
          login: 'kato',
          filerKey: '1',
          token: 't'.repeat(43),
          expiresAt: '2026-12-02T12:00Z',
        },
      },
      { status: 200 },
    ]);
    const sync = new SessionSync('https://api.example');
    render(SignInPanel, { sync });
    await submit('kato', 'wrong password here');
    expect((await screen.findByRole('alert')).textContent).toMatch(/wrong|違う/);
    await submit('kato', 'wrong password here');
    expect((await screen.findByRole('alert')).textContent).toMatch(/8/);
    await submit('kato', 'correct horse battery staple');
    await screen.findByTestId('signed-in-as');
    expect(calls[3]!.body).toMatchObject({ mode: 'bearer' });
    expect(sync.bearer).toBe('t'.repeat(43));
    // Kept by the outbox until the session's end, so a reload stays signed in.
    expect(sync.expiresAt).toBe('2026-12-02T12:00Z');
    await fireEvent.click(screen.getByRole('button', { name: /Sign out|サインアウト/ }));
    await waitFor(() =>
      expect(calls[4]).toMatchObject({ method: 'DELETE', auth: `Bearer ${'t'.repeat(43)}` }),
    );
    expect(sync.bearer).toBeNull();
  });

  it('after a reload, the kept token signs in again; a token the server no longer knows is dropped', async () => {
    const kept = 'k'.repeat(43);
    const calls = stubFetch([{ status: 200, body: { login: 'kato', filerKey: '1' } }]);
    const sync = new SessionSync('https://api.example', kept);
    render(SignInPanel, { sync });
    await screen.findByTestId('signed-in-as');
    expect(calls[0]).toMatchObject({
      url: 'https://api.example/api/session',
      auth: `Bearer ${kept}`,
    });
    expect(sync.bearer).toBe(kept);
    cleanup();
    stubFetch([{ status: 401 }]);
    const ended = new SessionSync('https://api.example', kept);
    render(SignInPanel, { sync: ended });
    await waitFor(() => expect(ended.bearer).toBeNull());
    expect(screen.getByRole('button', { name: /Sign in|サインイン/ })).toBeTruthy();
  });

  it('sign-up: needs the saved filer; active at once signs in; pending and refused fields say so', async () => {
    const filer = {
      category: 'lawyer',
      credential: { kind: 'agent_certificate', number: '123456789012', expires: '2028-03-31' },
    };
    const calls = stubFetch([
      { status: 401 },
      { status: 422, body: { errors: [{ pointer: '/login' }, { pointer: '/password' }] } },
      { status: 202, body: { state: 'pending' } },
      { status: 201, body: { state: 'active' } },
      { status: 200, body: { login: 'sato', filerKey: '123456789012' } },
    ]);
    const sync = new SessionSync('');
    const { rerender } = render(SignInPanel, { sync, filer: null });
    await fireEvent.click(
      screen.getByRole('button', { name: /Create an account|アカウントを作成/ }),
    );
    const fill = async (login: string, password: string) => {
      await fireEvent.input(screen.getByLabelText(/Login|ログイン名/), {
        target: { value: login },
      });
      await fireEvent.input(screen.getByLabelText(/Password|パスワード/), {
        target: { value: password },
      });
      await fireEvent.click(
        screen.getByRole('button', { name: /Create the account|アカウントを作成する/ }),
      );
    };
    await fill('sato', 'a long enough password');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Save the filer|保存してください/,
    );
    expect(calls).toHaveLength(1);
    await rerender({ sync, filer });
    await fill('x', 'short');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/3 to 64|3〜64/));
    expect(screen.getByRole('alert').textContent).toMatch(/12/);
    await fill('sato', 'a long enough password');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/account approve sato/),
    );
    expect(calls[2]).toMatchObject({
      url: '/api/accounts',
      method: 'POST',
      body: { login: 'sato', password: 'a long enough password', filer },
    });
    await fill('sato', 'a long enough password');
    await screen.findByTestId('signed-in-as');
    expect(calls[4]).toMatchObject({
      url: '/api/session',
      body: { login: 'sato', password: 'a long enough password', mode: 'cookie' },
    });
    expect(sync.flushes).toBe(1);
  });

  it('shows nothing without an endpoint (offline only)', () => {
    stubFetch([]);
    render(SignInPanel, { sync: new SessionSync(null) });
    expect(screen.queryByRole('button', { name: /Sign in|サインイン/ })).toBeNull();
  });
});
