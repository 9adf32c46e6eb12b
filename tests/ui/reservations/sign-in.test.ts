// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SignInPanel from '../../../src/ui/reservations/SignInPanel.svelte';
import { FakeSync } from './fake-sync';

/** A sync stand-in that records sign-in effects: the bearer token and flushes. */
class SessionSync extends FakeSync {
  bearer: string | null | undefined;
  flushes = 0;
  constructor(readonly endpoint: string | null) {
    super();
  }
  setBearer(token: string | null) {
    this.bearer = token;
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
      { status: 200, body: { login: 'kato', filerKey: '1', token: 't'.repeat(43) } },
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
    await fireEvent.click(screen.getByRole('button', { name: /Sign out|サインアウト/ }));
    await waitFor(() =>
      expect(calls[4]).toMatchObject({ method: 'DELETE', auth: `Bearer ${'t'.repeat(43)}` }),
    );
    expect(sync.bearer).toBeNull();
  });

  it('shows nothing without an endpoint (offline only)', () => {
    stubFetch([]);
    render(SignInPanel, { sync: new SessionSync(null) });
    expect(screen.queryByRole('button', { name: /Sign in|サインイン/ })).toBeNull();
  });
});
