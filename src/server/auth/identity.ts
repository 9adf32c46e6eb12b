import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Temporal } from '@js-temporal/polyfill';
import type { ReservationFiler } from '../../domain/reservation/reservation-request';
import type { Account, AccountStore } from '../store/account-port';
import { COOKIE_NAME, newSessionTimes, sessionState, SESSION_LIFETIME } from './session-policy';

export interface Identity {
  account: Account;
  via: 'cookie' | 'bearer';
  tokenHash: string;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{3,64}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The session token a request carries: `Authorization: Bearer …`, else the session cookie. */
export function tokenOf(req: IncomingMessage): { token: string; via: Identity['via'] } | null {
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]+)$/.exec(auth.trim());
    return m && TOKEN_PATTERN.test(m[1]!) ? { token: m[1]!, via: 'bearer' } : null;
  }
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === COOKIE_NAME && value && TOKEN_PATTERN.test(value)) {
      return { token: value, via: 'cookie' };
    }
  }
  return null;
}

/** The filer key of an account: the credential number, or one of its own without one. */
export function filerKeyOf(login: string, filer: ReservationFiler): string {
  return filer.credential?.number?.trim() || `account:${login}`;
}

export function newAccount(
  login: string,
  filer: ReservationFiler,
  passwordHash: string,
  state: Account['state'],
  now: Temporal.Instant,
): Account {
  const at = now.toString();
  return {
    id: `a-${randomUUID()}`,
    login,
    filer,
    filerKey: filerKeyOf(login, filer),
    passwordHash,
    state,
    createdAt: at,
    updatedAt: at,
  };
}

/** Who is asking: a valid session of an active account, or null. */
export async function identify(
  req: IncomingMessage,
  store: AccountStore,
  now: Temporal.Instant,
): Promise<Identity | null> {
  const found = tokenOf(req);
  if (!found) return null;
  const tokenHash = hashToken(found.token);
  const session = await store.session(tokenHash);
  if (!session || session.kind !== found.via) return null;
  const state = sessionState(session, now);
  if (state === 'ended') {
    await store.deleteSession(tokenHash);
    return null;
  }
  const account = await store.account({ id: session.accountId });
  if (!account || account.state !== 'active') return null;
  if (state === 'touch') await store.touchSession(tokenHash, now.toString());
  return { account, via: found.via, tokenHash };
}

/** Starts a session; returns the token, which is shown once and stored only as its hash. */
export async function startSession(
  store: AccountStore,
  account: Account,
  via: Identity['via'],
  now: Temporal.Instant,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const times = newSessionTimes(now);
  await store.createSession({
    tokenHash: hashToken(token),
    accountId: account.id,
    kind: via,
    ...times,
  });
  return { token, expiresAt: times.expiresAt };
}

export function sessionCookie(token: string, secure: boolean): string {
  const maxAge = SESSION_LIFETIME.total('seconds');
  return `${COOKIE_NAME}=${token}; Path=/api; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export const clearedCookie = (secure: boolean) =>
  `${COOKIE_NAME}=; Path=/api; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;

/**
 * A write authenticated by cookie must come from this endpoint's own origin or an allowed
 * app: browsers send the cookie with requests from other localhost ports too (same site).
 */
export function originAllowed(req: IncomingMessage, trusted: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (trusted.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
