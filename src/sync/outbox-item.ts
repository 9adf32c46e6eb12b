import { newIdempotencyKey } from './idempotency-key';
import { isoOf } from './sync-clock';
import type { OutboxItem, WriteKind, WriteRequest } from './types';

/**
 * A new outbox item with its Idempotency-Key, fixed here once: every later attempt, after a
 * retry, a double click or a reload, reuses it, so the server creates at most one reservation.
 * `createdMs` orders items; `now` makes it due at once.
 */
export function newOutboxItem(
  kind: WriteKind,
  request: WriteRequest,
  now: number,
  createdMs: number,
): OutboxItem {
  if (kind !== 'cancel' && !request.booking) throw new TypeError(`${kind} needs a booking`);
  if (kind !== 'book' && !request.reservationId && !request.afterKey) {
    throw new TypeError(`${kind} needs reservationId or afterKey`);
  }
  const at = isoOf(createdMs);
  return {
    key: newIdempotencyKey(),
    kind,
    system: request.system,
    // A copy: later changes to the caller's object must not change what is sent.
    request: JSON.parse(JSON.stringify(request)) as WriteRequest,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: isoOf(now),
    createdAt: at,
    updatedAt: at,
    ...(request.reservationId ? { reservationId: request.reservationId } : {}),
  };
}
