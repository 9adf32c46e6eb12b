import { Temporal } from '@js-temporal/polyfill';
import { newAccount, startSession } from '../../src/server/auth/identity';
import { hashPassword } from '../../src/server/auth/password';
import type { ReservationFiler } from '../../src/domain/reservation/reservation-request';
import type { AccountStore } from '../../src/server/store/account-port';

/** The password of every account made here. */
export const TEST_PASSWORD = 'correct horse battery staple';
let hash: Promise<string> | undefined;

/** An agent with a credential number, as book() in tests/sync/helpers files them. */
export const agentFiler = (number: string): ReservationFiler => ({
  category: 'lawyer',
  credential: { kind: 'agent_certificate', number, expires: '2028-03-31' },
});

/** An active account for the credential number (login `agent-<number>`), made once. */
export async function ensureAccount(store: AccountStore, number: string, at: Temporal.Instant) {
  const login = `agent-${number}`;
  const existing = await store.account({ login });
  if (existing) return existing;
  // One scrypt hash for all test accounts: sign-in itself is tested with its own.
  const account = newAccount(
    login,
    agentFiler(number),
    await (hash ??= hashPassword(TEST_PASSWORD)),
    'active',
    at,
  );
  await store.createAccount(account);
  return account;
}

/**
 * A `fetch` that signs each request in as the filer whose credential number its body names
 * (or `fallback`; always `fallback` without `byBody`), with a bearer session made directly in the store; a session that ended
 * (the test moved the server clock) is renewed once.
 */
export function signedInFetch(
  store: AccountStore,
  now: () => Temporal.Instant,
  fallback = '123456789012',
  byBody = true,
): typeof fetch {
  const tokens = new Map<string, string>();
  const tokenFor = async (number: string, renew = false) => {
    let t = tokens.get(number);
    if (!t || renew) {
      const account = await ensureAccount(store, number, now());
      t = (await startSession(store, account, 'bearer', now())).token;
      tokens.set(number, t);
    }
    return t;
  };
  const numberOf = (body: unknown) => {
    try {
      return (JSON.parse(String(body)) as { filer?: ReservationFiler }).filer?.credential?.number;
    } catch {
      return undefined;
    }
  };
  return async (input, init = {}) => {
    const number = (byBody ? numberOf(init.body) : undefined) ?? fallback;
    const send = async (renew: boolean) => {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${await tokenFor(number, renew)}`);
      return globalThis.fetch(input, { ...init, headers });
    };
    const res = await send(false);
    return res.status === 401 ? send(true) : res;
  };
}
