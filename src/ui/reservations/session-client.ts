import type { ReservationFiler } from '../../domain/reservation/reservation-request';

/** The signed-in account as the endpoint describes it. */
export interface SignedIn {
  login: string;
  filerKey: string;
  /** Present for an endpoint on another origin: sent as a bearer token. */
  token?: string;
  /** When the session ends whatever happens (ISO instant; given at sign-in). */
  expiresAt?: string;
}

export type SessionAnswer =
  | { kind: 'signed_in'; account: SignedIn }
  | { kind: 'signed_out' }
  | { kind: 'wrong' }
  | { kind: 'slow'; seconds: number }
  | { kind: 'unreachable' };

const auth = (bearer: string | null): Record<string, string> =>
  bearer ? { Authorization: `Bearer ${bearer}` } : {};

async function call(url: string, init: RequestInit): Promise<Response | null> {
  try {
    // The same-origin cookie goes with every request; another origin uses a bearer token.
    return await fetch(url, { ...init, credentials: 'same-origin' });
  } catch {
    return null;
  }
}

/** Who is signed in at the endpoint (`base`: '' = this origin). */
export async function whoAmI(base: string, bearer: string | null): Promise<SessionAnswer> {
  const r = await call(`${base}/api/session`, { headers: auth(bearer) });
  if (!r) return { kind: 'unreachable' };
  if (r.status === 200) return { kind: 'signed_in', account: (await r.json()) as SignedIn };
  return r.status === 401 ? { kind: 'signed_out' } : { kind: 'unreachable' };
}

/**
 * Signs in: a cookie session on this origin, a bearer token for another one (the outbox keeps
 * the token for the tab until the session ends, so a reload stays signed in).
 */
export async function signIn(
  base: string,
  login: string,
  password: string,
): Promise<SessionAnswer> {
  const mode = base === '' ? 'cookie' : 'bearer';
  const r = await call(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password, mode }),
  });
  if (!r) return { kind: 'unreachable' };
  if (r.status === 200) return { kind: 'signed_in', account: (await r.json()) as SignedIn };
  if (r.status === 429) return { kind: 'slow', seconds: Number(r.headers.get('retry-after') ?? 1) };
  return r.status === 401 ? { kind: 'wrong' } : { kind: 'unreachable' };
}

export async function signOut(base: string, bearer: string | null): Promise<void> {
  await call(`${base}/api/session`, { method: 'DELETE', headers: auth(bearer) });
}

export type SignUpAnswer =
  /** Active at once (the endpoint of `npm start` on this machine): sign in now. */
  | { kind: 'active' }
  /** Waits for the operator's `account approve <login>`. */
  | { kind: 'pending' }
  | { kind: 'taken' }
  /** Fields the endpoint refused, by JSON pointer (/login, /password, /filer/…). */
  | { kind: 'invalid'; pointers: string[] }
  | { kind: 'slow'; seconds: number }
  | { kind: 'unreachable' };

/** Asks the endpoint for an account for `filer` (POST /api/accounts). */
export async function signUp(
  base: string,
  login: string,
  password: string,
  filer: ReservationFiler,
): Promise<SignUpAnswer> {
  const r = await call(`${base}/api/accounts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password, filer }),
  });
  if (!r) return { kind: 'unreachable' };
  if (r.status === 201) return { kind: 'active' };
  if (r.status === 202) return { kind: 'pending' };
  if (r.status === 409) return { kind: 'taken' };
  if (r.status === 429)
    return { kind: 'slow', seconds: Number(r.headers.get('retry-after') ?? 60) };
  if (r.status === 422) {
    const body = (await r.json().catch(() => ({}))) as { errors?: { pointer?: string }[] };
    return { kind: 'invalid', pointers: (body.errors ?? []).map((e) => e.pointer ?? '') };
  }
  return { kind: 'unreachable' };
}
