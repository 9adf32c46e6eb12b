import type { OutboxItem, Problem, ProblemReason } from './types';

export interface WireRequest {
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

const BASE = '/api/reservations';

/**
 * The HTTP request of an outbox item (docs/reservation-api.md). It is derived from the stored
 * item only, so every retry sends the same body under the same Idempotency-Key.
 */
export function wireRequest(item: OutboxItem, targetId?: string): WireRequest {
  const { system, filer, filerKey, booking, cancelCases } = item.request;
  const who = { system, filer, ...(filerKey !== undefined ? { filerKey } : {}) };
  if (item.kind === 'book') return { method: 'POST', path: BASE, body: { ...who, booking } };
  const id = encodeURIComponent(targetId ?? item.request.reservationId ?? '');
  if (item.kind === 'change') {
    return { method: 'POST', path: `${BASE}/${id}/change`, body: { ...who, booking } };
  }
  const body = { ...who, ...(cancelCases !== undefined ? { cancelCases } : {}) };
  return { method: 'POST', path: `${BASE}/${id}/cancel`, body };
}

/** Replies that ask to come back later; 401 waits for the person to sign in again. */
export const TRY_LATER = [401, 408, 425, 429];

/**
 * Whether a status is the server's final word on a write: 2xx and 4xx are; 401, 408, 425 and
 * 429 ask to try later and 5xx means nothing was committed, so those are retried.
 */
export function isDefiniteAnswer(status: number): boolean {
  if (status >= 200 && status < 300) return true;
  return status >= 400 && status < 500 && !TRY_LATER.includes(status);
}

const REASONS: ProblemReason[] = [
  'quota',
  'capacity',
  'deadline',
  'ineligible',
  'invalid',
  'not_found',
  'conflict',
  'too_large',
  'forbidden',
  'unauthorized',
  'rate_limited',
];

/** The problem details of a 4xx reply; a reply that is not one becomes reason "invalid". */
export function parseProblem(text: string, status: number): Problem {
  try {
    const p = JSON.parse(text) as Partial<Problem>;
    if (p && typeof p === 'object' && REASONS.includes(p.reason as ProblemReason)) {
      return { type: 'about:blank', title: '', detail: '', ...p, status } as Problem;
    }
  } catch {
    // fall through: not JSON
  }
  const reason: ProblemReason =
    status === 404 ? 'not_found' : status === 409 ? 'conflict' : 'invalid';
  return {
    type: 'about:blank',
    title: `HTTP ${status}`,
    status,
    detail: text.slice(0, 200),
    reason,
  };
}
