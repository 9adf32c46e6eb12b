import { epochOf } from './sync-clock';
import type { OutboxItem, SyncStore } from './types';

const PENDING = new Set(['queued', 'sending', 'sent']);

export const isPending = (item: OutboxItem): boolean => PENDING.has(item.state);

/** Creation order (then key), the order in which writes are sent. */
export function orderOf(a: OutboxItem, b: OutboxItem): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export type TargetState =
  { kind: 'ready'; id?: string } | { kind: 'wait' } | { kind: 'void'; why: string };

/**
 * A change or cancel of a booking still in the outbox (`afterKey`) waits for that booking's
 * answer: confirmed gives the server id; rejected or withdrawn leaves nothing to change.
 */
export async function readyTarget(item: OutboxItem, store: SyncStore): Promise<TargetState> {
  const after = item.request.afterKey;
  if (!after) return { kind: 'ready' };
  const dep = await store.get(after);
  if (!dep) return { kind: 'void', why: 'the booking it refers to is no longer in the outbox' };
  if (dep.state === 'confirmed' && dep.reservationId)
    return { kind: 'ready', id: dep.reservationId };
  // A booking that needs attention may still be retried: what depends on it waits.
  if (dep.state === 'rejected' || dep.state === 'cancelled') {
    return { kind: 'void', why: `the booking it refers to was ${dep.state}` };
  }
  return { kind: 'wait' };
}

/**
 * When the next pass is due (epoch ms): the earliest planned attempt, not before `pausedUntil`.
 * Items waiting for another pending item are left out: that item's own time counts.
 */
export function nextWakeUp(items: readonly OutboxItem[], pausedUntil: number): number | null {
  const pendingKeys = new Set(items.filter(isPending).map((i) => i.key));
  let wake: number | null = null;
  for (const item of items) {
    if (!isPending(item) || !item.nextAttemptAt) continue;
    if (item.request.afterKey && pendingKeys.has(item.request.afterKey)) continue;
    const t = epochOf(item.nextAttemptAt);
    if (wake === null || t < wake) wake = t;
  }
  return wake === null ? null : Math.max(wake, pausedUntil);
}
