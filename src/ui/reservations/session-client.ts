/** The signed-in account as the endpoint describes it. */
export interface SignedIn {
  login: string;
  filerKey: string;
  /** Present for an endpoint on another origin: sent as a bearer token. */
  token?: string;
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
 * Signs in: a cookie session on this origin, a bearer token for another one (the token stays
 * in memory only: a reload signs out of another origin's endpoint).
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
