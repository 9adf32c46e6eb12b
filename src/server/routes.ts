import type { WriteKind } from '../sync/types';

export type Route =
  | { op: 'availability' }
  | { op: 'list' }
  | { op: 'get'; id: string }
  | { op: WriteKind; id?: string }
  | { op: 'method_not_allowed'; allow: string }
  | { op: 'bad_id'; message: string }
  | { op: 'whoami' | 'sign_in' | 'sign_out' | 'sign_up' }
  | { op: 'unknown' };

const BASE = '/api/reservations';
/** Reservation ids as the endpoint makes them (`r-<uuid>`) or imported ones: short and plain. */
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Maps method + path to an operation (the table in docs/reservation-api.md). */
export function route(method: string, path: string): Route {
  if (path === '/api/session') {
    if (method === 'GET') return { op: 'whoami' };
    if (method === 'POST') return { op: 'sign_in' };
    if (method === 'DELETE') return { op: 'sign_out' };
    return { op: 'method_not_allowed', allow: 'GET, POST, DELETE' };
  }
  if (path === '/api/accounts') {
    return method === 'POST' ? { op: 'sign_up' } : { op: 'method_not_allowed', allow: 'POST' };
  }
  if (path === `${BASE}/availability`) {
    return method === 'GET' ? { op: 'availability' } : { op: 'method_not_allowed', allow: 'GET' };
  }
  if (path === BASE || path === `${BASE}/`) {
    if (method === 'GET') return { op: 'list' };
    if (method === 'POST') return { op: 'book' };
    return { op: 'method_not_allowed', allow: 'GET, POST' };
  }
  const m = /^\/api\/reservations\/([^/]+)(?:\/(change|cancel))?\/?$/.exec(path);
  if (!m) return { op: 'unknown' };
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return { op: 'bad_id', message: `"${m[1]!.slice(0, 60)}" is not valid percent-encoding` };
  }
  if (!ID_PATTERN.test(id)) {
    return {
      op: 'bad_id',
      message: 'a reservation id has 1–128 letters, digits, ".", "_", ":" or "-"',
    };
  }
  const action = m[2] as 'change' | 'cancel' | undefined;
  if (action) {
    return method === 'POST' ? { op: action, id } : { op: 'method_not_allowed', allow: 'POST' };
  }
  if (method === 'GET') return { op: 'get', id };
  if (method === 'PATCH') return { op: 'change', id };
  if (method === 'DELETE') return { op: 'cancel', id };
  return { op: 'method_not_allowed', allow: 'GET, PATCH, DELETE' };
}
